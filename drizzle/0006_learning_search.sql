CREATE TABLE "learning_search_entries" (
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"review_id" uuid,
	"board_id" uuid NOT NULL,
	"published" boolean NOT NULL,
	"heading" text NOT NULL,
	"lead" text,
	"body" text NOT NULL,
	"extra" text,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("lead", '')), 'A') || setweight(to_tsvector('english', "body"), 'B') || setweight(to_tsvector('english', coalesce("extra", '')), 'C')) STORED NOT NULL,
	CONSTRAINT "learning_search_entries_kind_entity_id_pk" PRIMARY KEY("kind","entity_id")
);
--> statement-breakpoint
DROP INDEX "learning_examples_search";--> statement-breakpoint
DROP INDEX "learning_findings_search";--> statement-breakpoint
DROP INDEX "learning_recommendations_search";--> statement-breakpoint
DROP INDEX "learning_reviews_search";--> statement-breakpoint
ALTER TABLE "learning_search_entries" ADD CONSTRAINT "learning_search_entries_review_id_learning_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."learning_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_search_entries_review" ON "learning_search_entries" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "learning_search_entries_search" ON "learning_search_entries" USING gin ("search");--> statement-breakpoint
ALTER TABLE "learning_examples" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "learning_findings" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "learning_recommendations" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "learning_reviews" DROP COLUMN "search";