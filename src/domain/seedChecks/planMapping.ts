import type { SupportData, TableFamily } from '../data/supportSchema';
import type { Localized } from '../types';

/** A plan the bot accepts although the seed's response-time table does not list it (E5, G3). */
export interface AssumedPlanMapping {
  planId: string;
  plan: Localized;
  /** The table column its figures are taken from, and that column's heading as data/ writes it. */
  family: TableFamily;
  familyLabel: Localized;
  /** data/plans.json's explanation of why that column. */
  why: Localized;
}

/** The assumed mapping for a plan, or null when the table lists the plan (or the plan is unknown). */
export function assumedPlanMapping(
  data: Pick<SupportData, 'plans' | 'responseTimes'>,
  planId: string | undefined,
): AssumedPlanMapping | null {
  const plan = data.plans.plans.find((p) => p.id === planId);
  if (!plan?.assumed || plan.family === 'unknown' || plan.note === null) return null;
  return {
    planId: plan.id,
    plan: plan.label,
    family: plan.family,
    familyLabel: data.responseTimes.families[plan.family].label,
    why: plan.note,
  };
}
