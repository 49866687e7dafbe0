DROP INDEX "stat_values_area";--> statement-breakpoint
CREATE INDEX "stat_values_area" ON "stat_values" USING btree ("area_code");