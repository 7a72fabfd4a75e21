import type { DialogContext } from 'botbuilder-dialogs';
import { classifySeverity, reasonsToText } from '../src/domain/classifier';
import type { AlsoAnswered } from '../src/domain/answers';
import type { PurchaseChannel, Scope } from '../src/domain/types';
import type { TriageServices } from './services';
import { channelLabel, listInText, planLabel, severityLabel } from '../src/presentation/labels';
import { rememberInProfile } from '../src/state/profile';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import type { MessageKey } from '../src/i18n/catalog';
import { DialogIds } from './dialogIds';
import { waterfallValues, type SeverityValuesView, type TriageValuesView } from './triageState';
import type { ReconfirmOptions } from './SeverityReconfirmation';

/** What a correction reads and updates: the recogniser, the profile and the plan and severity labels. */
export type CorrectionServices = Pick<TriageServices, 'answers' | 'profile' | 'data'>;

export const SEVERITY_STEPS = `${DialogIds.severity}.steps`;

/** What a correction changed, and whether the severity proposal it rested on must be made again. */
export interface CorrectionResult {
  changed: boolean;
  /** The severity dialog's answers changed after it proposed: propose again from the corrected answers. */
  repropose: boolean;
  /**
   * A scope or workaround corrected after the severity was settled: the bot's severity, worked out again from all
   * the answers, is to be proposed for confirmation before the step under way goes on.
   */
  reconfirm?: ReconfirmOptions;
}

const SCOPE_KEY: Record<Scope, MessageKey> = { one: 'scopeOne', some: 'scopeSome', many: 'scopeMany' };

/** The slots a corrected answer names, by the same recogniser that reads every answer. */
function correctedSlots(services: CorrectionServices, text: string): AlsoAnswered {
  const reading = services.answers.recognize('scope', text);
  // a scope the learned model guessed without any cue in the words is not a correction
  const scope = reading.value && reading.evidence ? reading.value : undefined;
  return { ...reading.also, ...(scope ? { scope } : {}) };
}

/**
 * "actually it's only me", 「あ、パートナー経由で買いました」: updates an answer given earlier (scope, workaround,
 * plan, purchase channel, severity), tells the user what changed, and says whether the severity must be proposed
 * again. Answers not given yet are left to their own question.
 */
export async function applyCorrection(
  dc: DialogContext,
  text: string,
  services: CorrectionServices,
): Promise<CorrectionResult> {
  const slots = correctedSlots(services, text);
  const triage = waterfallValues<TriageValuesView>(dc, DialogIds.triageWaterfall);
  const severity = waterfallValues<SeverityValuesView>(dc, SEVERITY_STEPS);
  const locale = turnLocale(dc.context);
  const t = turnTranslator(dc.context);
  const changes: string[] = [];
  let repropose = false;
  let rescore = false;
  if (!triage) return { changed: false, repropose };
  // the severity settled and its dialog gone: the answers it rested on are kept with the triage
  const settled = !severity && triage.severity ? (triage.severityAnswers ??= {}) : undefined;

  // the channel question (or a plan answer that names the channel too) takes a channel as its answer
  const asking = dc.activeDialog?.id;
  const channelAsked = asking === DialogIds.purchaseChannel || (asking === DialogIds.plan && Boolean(slots.plan));
  const channelKnown = triage.purchaseChannel ?? (channelAsked ? slots.channel : undefined);
  if (slots.channel && slots.channel !== channelKnown) {
    triage.purchaseChannel = slots.channel as PurchaseChannel;
    await rememberInProfile(services.profile, dc.context, { purchaseChannel: slots.channel });
    changes.push(t('correctionChannel', { channel: channelLabel(slots.channel, locale) }));
  }
  if (slots.plan && triage.plan && slots.plan !== triage.plan) {
    triage.plan = slots.plan;
    await rememberInProfile(services.profile, dc.context, { plan: slots.plan });
    changes.push(t('correctionPlan', { plan: planLabel(services.data, slots.plan, locale) ?? slots.plan }));
  }
  const answers = severity?.answers;
  // after the proposal, a scope the description implied can be corrected too; before it, the question takes it
  const scopeKnown = severity?.proposed ? answers?.scope : (answers?.scope ?? slots.scope);
  if (slots.scope && answers && slots.scope !== scopeKnown) {
    answers.scope = slots.scope;
    repropose ||= Boolean(severity?.proposed);
    changes.push(t('correctionScope', { scope: t(SCOPE_KEY[slots.scope]) }));
  } else if (slots.scope && settled && slots.scope !== settled.scope) {
    settled.scope = slots.scope;
    rescore = true;
    changes.push(t('correctionScope', { scope: t(SCOPE_KEY[slots.scope]) }));
  }
  const workaround = slots.workaround === undefined ? undefined : slots.workaround === 'yes';
  const workaroundKnown = severity?.proposed ? answers?.workaround : (answers?.workaround ?? workaround);
  if (workaround !== undefined && answers && workaround !== workaroundKnown) {
    answers.workaround = workaround;
    repropose ||= Boolean(severity?.proposed);
    changes.push(t(workaround ? 'correctionWorkaroundYes' : 'correctionWorkaroundNo'));
  } else if (workaround !== undefined && settled && workaround !== settled.workaround) {
    settled.workaround = workaround;
    rescore = true;
    changes.push(t(workaround ? 'correctionWorkaroundYes' : 'correctionWorkaroundNo'));
  }
  if (slots.severity && triage.severity && slots.severity !== (triage.severity.user ?? triage.severity.bot)) {
    triage.severity.user = slots.severity === triage.severity.bot ? undefined : slots.severity;
    changes.push(t('correctionSeverity', { severity: slots.severity }));
  }
  if (changes.length === 0) return { changed: false, repropose };
  await dc.context.sendActivity(t('correctionNoted', { changes: listInText(changes, locale) }));

  if (!rescore || !triage.severity || !triage.description || !settled) return { changed: true, repropose };
  // a severity the user chose stays theirs (unless they correct it): only the bot's own assessment follows
  if (triage.severity.user) {
    const result = classifySeverity(triage.description, locale, settled);
    triage.severity.bot = result.severity;
    triage.severity.reasons = reasonsToText(result.reasons, locale);
    await dc.context.sendActivity(
      t('correction.yoursStays', {
        bot: result.severity,
        label: severityLabel(services.data, result.severity, locale),
        user: triage.severity.user,
      }),
    );
    return { changed: true, repropose };
  }
  // the bot's severity, from the description and every answer so far, is proposed again for confirmation
  return { changed: true, repropose, reconfirm: { description: triage.description, answers: { ...settled } } };
}
