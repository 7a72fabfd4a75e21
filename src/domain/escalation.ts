import type { Category, Localized, PlanFamily, PurchaseChannel, Severity } from './types';
import type { EscalationKey, EscalationStep, Link, SeedFact, SupportData } from './data/supportSchema';
import { fillTemplate } from './responseTimes';

/** The CSP partner's contact as the organisation configured it (never from the seeds). */
export interface PartnerContact {
  name?: string;
  phone?: string;
  email?: string;
  url?: string;
}

export interface EscalationInput {
  channel: PurchaseChannel;
  category: Category;
  severity: Severity | null;
  /** Whose severity `severity` is: the user's (they overrode the bot) or the bot's (default). */
  severityBy?: 'user' | 'bot';
  /** Courseware only: false when the user's country has no MOC regional contact row. */
  hasContactRow?: boolean;
  /** The organisation's configured CSP partner contact; shown only on the CSP path. */
  partnerContact?: PartnerContact;
  /** When 'elevated', direct/unknown purchases follow the elevated-support path. */
  planFamily?: PlanFamily;
}

export interface EscalationExplanation {
  /** Which escalation path of data/escalation.json applies; null when the category has its own route. */
  path: EscalationKey | null;
  category: Category;
  /** True when the category's own route replaces the purchase channel's path (network, courseware, …). */
  ownRoute: boolean;
  firstContact: Localized;
  /** "Where this goes" for the purchase channel; null when the category has its own route (its first step). */
  route: Localized | null;
  /**
   * Microsoft's initial response table applies (the user's organisation opens requests with Microsoft). False for
   * CSP customers: `partnerResponse` says what they get instead.
   */
  microsoftResponseTimes: boolean;
  partnerResponse?: Localized;
  /** In order: who to contact, what to say/prepare, what happens next. */
  steps: Localized[];
  /** The configured partner contact (CSP path only, and only non-empty fields). */
  partnerContact?: PartnerContact;
  notes: Localized[];
  /** The seed facts behind the path, with their seed reference. */
  facts: SeedFact[];
  links: Link[];
}

type EscalationData = Pick<SupportData, 'escalation' | 'categories' | 'severity'>;

/** The escalation path for a purchase channel (and, for elevated support, the plan family). */
export function escalationKeyFor(channel: PurchaseChannel, planFamily?: PlanFamily): EscalationKey {
  if (channel === 'csp' || channel === 'volume') return channel;
  return planFamily === 'elevated' ? 'elevated' : channel;
}

function cleanPartnerContact(contact: PartnerContact | undefined): PartnerContact | undefined {
  if (!contact) return undefined;
  const out: PartnerContact = {};
  for (const key of ['name', 'phone', 'email', 'url'] as const) {
    const value = contact[key]?.trim();
    if (value) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function fill(template: Localized, values: Record<string, string>, labels: Localized): Localized {
  return {
    ja: fillTemplate(template.ja, { ...values, label: labels.ja }),
    en: fillTemplate(template.en, { ...values, label: labels.en }),
  };
}

/**
 * Who to contact first, what to say/prepare and what happens next, for a purchase channel and category.
 * - Categories with their own route (network, thirdparty, scripting, developer, certification, courseware) lead
 *   with that route; the purchase channel's path does not apply.
 * - CSP: the partner first (with the configured partner contact when there is one) for technical and billing alike;
 *   billing is the partner's (Microsoft does not provide billing support to CSP customers); the partner escalates
 *   to Microsoft; a partner without 24/7 phone support owes an SLA. Microsoft's response table and admin-center
 *   route are not theirs (route, microsoftResponseTimes).
 * - Billing/presales outside CSP: the category's route (business hours, same phone and request process) is added
 *   after the first contact step.
 * - Technical with a severity: a step saying whose severity it is (the user's where they overrode the bot),
 *   before "what happens next".
 * - Courseware with no regional contact row: seed 000's general routes (Microsoft Learn, Certification Help).
 */
export function explainEscalation(data: EscalationData, input: EscalationInput): EscalationExplanation {
  const category = data.categories.categories[input.category];
  const strings = data.escalation.strings;

  if (!category.usesChannelPath) {
    if (input.category === 'courseware' && input.hasContactRow === false) return coursewareWithoutRow(data);
    return {
      path: null,
      category: input.category,
      ownRoute: true,
      // The schema guarantees firstContact for categories with their own route.
      firstContact: category.firstContact ?? category.label,
      route: null,
      microsoftResponseTimes: false,
      steps: [category.route],
      notes: [strings.outsideSupport],
      facts: [],
      links: category.links,
    };
  }

  const key = escalationKeyFor(input.channel, input.planFamily);
  const path = data.escalation.paths[key];
  const steps: EscalationStep[] = [...path.steps];
  const links: Link[] = [...path.links];

  if (key === 'csp' && input.category === 'billing') {
    // Seed 002: billing is the partner's; Microsoft does not provide billing support to CSP customers.
    steps.splice(1, 0, { kind: 'contact', text: strings.cspBillingStep });
  }
  if (key !== 'csp' && input.category !== 'technical') {
    // Billing / pre-sales: their own desk hours and process (seed 001), right after the first "contact" step.
    steps.splice(1, 0, { kind: 'contact', text: category.route });
    for (const link of category.links) if (!links.some((l) => l.url === link.url)) links.push(link);
  }

  if (input.severity !== null && category.severityApplies) {
    const level = data.severity.levels[input.severity];
    const byUser = input.severityBy === 'user';
    const template =
      key === 'csp'
        ? byUser
          ? strings.severityStepCspUser
          : strings.severityStepCsp
        : byUser
          ? strings.severityStepUser
          : strings.severityStep;
    const step: EscalationStep = { kind: 'prepare', text: fill(template, { severity: input.severity }, level.label) };
    const next = steps.findIndex((s) => s.kind === 'next');
    if (next === -1) steps.push(step);
    else steps.splice(next, 0, step);
  }

  const notes: Localized[] = [];
  let partnerContact: PartnerContact | undefined;
  if (key === 'csp') {
    partnerContact = cleanPartnerContact(input.partnerContact);
    notes.push(partnerContact ? strings.partnerContactConfigured : strings.partnerContactMissing);
  }

  return {
    path: key,
    category: input.category,
    ownRoute: false,
    firstContact: path.firstContact,
    route: key === 'csp' ? cspRoute(data, input.category) : category.route,
    microsoftResponseTimes: key !== 'csp',
    ...(key === 'csp' ? { partnerResponse: strings.cspResponse } : {}),
    steps: steps.map((s) => s.text),
    ...(partnerContact ? { partnerContact } : {}),
    notes,
    facts: path.facts,
    links,
  };
}

/** CSP customers' "where this goes": the partner, never Microsoft's admin-center or billing desk. */
function cspRoute(data: EscalationData, category: Category): Localized {
  const routes = data.escalation.strings.cspRoute;
  return category === 'billing' ? routes.billing : routes.technical;
}

/** Seed 000's general routes when the country has no MOC regional contact: Microsoft Learn and Certification Help. */
function coursewareWithoutRow(data: EscalationData): EscalationExplanation {
  const { categories } = data.categories;
  const noRow = data.escalation.strings.coursewareNoRow;
  return {
    path: null,
    category: 'courseware',
    ownRoute: true,
    firstContact: noRow.firstContact,
    route: null,
    microsoftResponseTimes: false,
    steps: [noRow.step],
    notes: [data.escalation.strings.outsideSupport],
    facts: [],
    links: [...categories.courseware.links, noRow.queryForm, ...categories.certification.links],
  };
}
