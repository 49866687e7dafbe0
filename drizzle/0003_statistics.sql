CREATE TABLE "stat_comparator_group_members" (
	"group_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	CONSTRAINT "stat_comparator_group_members_group_id_area_code_pk" PRIMARY KEY("group_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "stat_comparator_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stat_comparator_groups_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "stat_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"filters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stat_datasets_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "stat_filter_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"key" text NOT NULL,
	"filters" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"meta_file_name" text,
	"roles_from" text NOT NULL,
	"rows" integer NOT NULL,
	"values" integer NOT NULL,
	"replaced" integer DEFAULT 0 NOT NULL,
	"status_counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"milliseconds" integer NOT NULL,
	"actor_label" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"name" text NOT NULL,
	"label" text,
	"unit" text,
	"decimals" integer,
	"polarity" text DEFAULT 'context' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_neighbours" (
	"la_code" text NOT NULL,
	"neighbour_code" text NOT NULL,
	"rank" integer NOT NULL,
	"closeness" text,
	"historic" boolean DEFAULT false NOT NULL,
	"model" text NOT NULL,
	CONSTRAINT "stat_neighbours_historic_la_code_rank_pk" PRIMARY KEY("historic","la_code","rank")
);
--> statement-breakpoint
CREATE TABLE "stat_places" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"old_code" text
);
--> statement-breakpoint
CREATE TABLE "stat_values" (
	"measure_id" uuid NOT NULL,
	"filter_set_id" uuid NOT NULL,
	"time_period" text NOT NULL,
	"time_identifier" text NOT NULL,
	"area_code" text NOT NULL,
	"value" numeric,
	"status" text,
	"raw" text NOT NULL,
	"batch_id" uuid,
	"board_id" uuid,
	"source" text,
	CONSTRAINT "stat_values_measure_id_filter_set_id_time_period_time_identifier_area_code_pk" PRIMARY KEY("measure_id","filter_set_id","time_period","time_identifier","area_code")
);
--> statement-breakpoint
ALTER TABLE "stat_comparator_group_members" ADD CONSTRAINT "stat_comparator_group_members_group_id_stat_comparator_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."stat_comparator_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_filter_sets" ADD CONSTRAINT "stat_filter_sets_dataset_id_stat_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."stat_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_import_batches" ADD CONSTRAINT "stat_import_batches_dataset_id_stat_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."stat_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_measures" ADD CONSTRAINT "stat_measures_dataset_id_stat_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."stat_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stat_filter_sets_key" ON "stat_filter_sets" USING btree ("dataset_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "stat_measures_name" ON "stat_measures" USING btree ("dataset_id","name");--> statement-breakpoint
CREATE INDEX "stat_places_old_code" ON "stat_places" USING btree ("old_code");--> statement-breakpoint
CREATE INDEX "stat_values_area" ON "stat_values" USING btree ("area_code","time_period");