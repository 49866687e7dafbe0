-- The primary key of stat_values also carries each figure's value and status, so a benchmark
-- reads a series' figures for a period from the index alone (an index-only scan), wherever
-- the rows sit in the table. Same name and columns as before: drizzle's snapshot still holds.
ALTER TABLE "stat_values" DROP CONSTRAINT "stat_values_measure_id_filter_set_id_time_period_time_identifier_area_code_pk";--> statement-breakpoint
ALTER TABLE "stat_values" ADD CONSTRAINT "stat_values_measure_id_filter_set_id_time_period_time_identifier_area_code_pk" PRIMARY KEY ("measure_id", "filter_set_id", "time_period", "time_identifier", "area_code") INCLUDE ("value", "status");
