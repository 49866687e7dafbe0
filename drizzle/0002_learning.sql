CREATE TABLE "learning_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"what_changed" text NOT NULL,
	"method" text NOT NULL,
	"method_detail" text,
	"checked_on" date NOT NULL,
	"checked_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_examples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"title" text NOT NULL,
	"what_they_did" text NOT NULL,
	"result" text NOT NULL,
	"contact_person_id" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "what_they_did" || ' ' || "result"), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"text" text NOT NULL,
	"agency" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'not-started' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "text"), 'A') || setweight(to_tsvector('english', "agency" || ' ' || "owner"), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_review_themes" (
	"review_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "learning_review_themes_review_id_theme_id_pk" PRIMARY KEY("review_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "learning_reviewers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"accredited_on" date NOT NULL,
	"accrediting_body" text,
	"availability" text NOT NULL,
	"email" text,
	"notes" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"published_on" date,
	"report_url" text,
	"summary" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', coalesce("summary", '')), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"retired" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_themes_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "learning_evidence" ADD CONSTRAINT "learning_evidence_recommendation_id_learning_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."learning_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_examples" ADD CONSTRAINT "learning_examples_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_examples" ADD CONSTRAINT "learning_examples_theme_id_learning_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."learning_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_examples" ADD CONSTRAINT "learning_examples_contact_person_id_people_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_findings" ADD CONSTRAINT "learning_findings_review_id_learning_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."learning_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_recommendations" ADD CONSTRAINT "learning_recommendations_review_id_learning_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."learning_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_review_themes" ADD CONSTRAINT "learning_review_themes_review_id_learning_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."learning_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_review_themes" ADD CONSTRAINT "learning_review_themes_theme_id_learning_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."learning_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reviews" ADD CONSTRAINT "learning_reviews_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_evidence_recommendation" ON "learning_evidence" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "learning_examples_board" ON "learning_examples" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "learning_examples_search" ON "learning_examples" USING gin ("search");--> statement-breakpoint
CREATE INDEX "learning_findings_review" ON "learning_findings" USING btree ("review_id","position");--> statement-breakpoint
CREATE INDEX "learning_findings_search" ON "learning_findings" USING gin ("search");--> statement-breakpoint
CREATE INDEX "learning_recommendations_review" ON "learning_recommendations" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "learning_recommendations_search" ON "learning_recommendations" USING gin ("search");--> statement-breakpoint
CREATE INDEX "learning_review_themes_theme" ON "learning_review_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "learning_reviewers_name" ON "learning_reviewers" USING btree ("name");--> statement-breakpoint
CREATE INDEX "learning_reviews_board" ON "learning_reviews" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "learning_reviews_search" ON "learning_reviews" USING gin ("search");