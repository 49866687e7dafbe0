/**
 * Names of the DfE and ONS datasets the default framework reads, as the statistics module
 * knows them (the published file name without ".csv"), and the expressions built on them.
 */

export const REFERRALS = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025';
export const CHILDREN_IN_NEED = 'b1_children_in_need_2013_to_2025';
export const SUBSEQUENT_PLANS = 'd3_cpps_subsequent_plan_2013_to_2025';
export const POPULATION = 'ons_mid-year_population_estimates_2012_to_2024';

/** Children aged 0-17: the denominator of every rate per 10,000 children. */
export const CHILDREN_0_TO_17 = `[${POPULATION}.population_estimate|age_group=Children aged 0 to 17 years]`;

export const measure = (dataset: string, column: string): string => `[${dataset}.${column}]`;
