// Shared vocabulary of the triage domain. Nothing here (or anywhere under src/domain) imports botbuilder.

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATEGORIES = [
  'technical',
  'billing',
  'presales',
  'courseware',
  'certification',
  'network',
  'thirdparty',
  'scripting',
  'developer',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['A', 'B', 'C'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the bot may still need to ask before it is sure of a severity. */
export type Need = 'scope' | 'workaround';

/** How many people the user says are affected. */
export type Scope = 'one' | 'some' | 'many';

/** Text in both languages, as every user-facing fact in data/ is stored. */
export interface Localized {
  ja: string;
  en: string;
}

export const PLANS = ['business', 'enterprise', 'frontline', 'elevated', 'unknown'] as const;
/** Plan families as the response-time table groups them (seed 001). */
export type PlanFamily = (typeof PLANS)[number];

export const PURCHASE_CHANNELS = ['direct', 'csp', 'volume', 'unknown'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];
