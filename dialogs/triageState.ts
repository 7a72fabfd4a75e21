import type { DialogContext } from 'botbuilder-dialogs';
import { classify, classifySeverity, reasonsToText, type SeverityAnswers } from '../src/domain/classifier';
import type { Category, Locale, PurchaseChannel, Severity } from '../src/domain/types';
import type { TicketSeverity } from '../src/tickets/ticket';

/** What MainDialog's waterfall keeps (see MainDialog's TriageValues). */
export interface TriageValuesView {
  description?: string;
  category?: Category;
  severity?: TicketSeverity;
  severityAnswers?: SeverityAnswers;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
  pendingProblems?: string[];
}

/** What SeverityDialog's waterfall keeps. */
export interface SeverityValuesView {
  answers?: SeverityAnswers;
  proposed?: { severity: Severity; reasons: string[] };
  userSeverity?: Severity;
}

/** Every dialog context from `dc` down to the innermost active one. */
export function contextsDown(dc: DialogContext): DialogContext[] {
  const out: DialogContext[] = [];
  for (let current: DialogContext | undefined = dc; current; current = current.child) out.push(current);
  return out;
}

/** The waterfall values of every dialog on the stacks from `dc` down, innermost first. */
function allValues(dc: DialogContext): Array<{ id: string; values: Record<string, unknown> }> {
  return contextsDown(dc)
    .reverse()
    .flatMap((context) =>
      context.stack
        .filter((instance) => instance.state?.values && typeof instance.state.values === 'object')
        .map((instance) => ({ id: instance.id, values: instance.state.values as Record<string, unknown> })),
    );
}

/** The values of the waterfall with this id, live (writes change the dialog's state). */
export function waterfallValues<T>(dc: DialogContext, id: string): T | undefined {
  return allValues(dc).find((v) => v.id === id)?.values as T | undefined;
}

/** What a hand-off carries: the description, category and severity as far as the triage got. */
export interface TriageSoFar {
  description: string;
  category?: Category;
  severity?: TicketSeverity;
}

export function triageSoFar(dc: DialogContext, ids: { triage: string; severity: string }, locale: Locale): TriageSoFar {
  const triage = waterfallValues<TriageValuesView>(dc, ids.triage) ?? {};
  const severityValues = waterfallValues<SeverityValuesView>(dc, ids.severity);
  const description = triage.description ?? '';
  if (!description) return { description };
  const category = triage.category;
  if (triage.severity) return { description, category, severity: triage.severity };
  const proposed = severityValues?.proposed;
  if (proposed) {
    return {
      description,
      category,
      severity: { bot: proposed.severity, user: severityValues?.userSeverity, reasons: proposed.reasons },
    };
  }
  // not asked yet: the severity the description and the answers so far point to, as a ticket would get it
  const technical = category ? category === 'technical' : classify(description, locale).category === 'technical';
  if (!technical) return { description, category };
  const result = classifySeverity(description, locale, severityValues?.answers ?? {});
  return {
    description,
    category,
    severity: { bot: result.severity, reasons: reasonsToText(result.reasons, locale) },
  };
}
