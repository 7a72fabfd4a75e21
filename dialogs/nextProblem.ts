import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { escapeMarkdown, summarize } from '../src/presentation/escape';
import { turnTranslator } from '../src/presentation/turnLocale';
import { answered, ask, yesNoButtons } from './choices';
import { DialogIds } from './dialogIds';
import type { DescribeOptions } from './DescribeDialog';
import { RESUME_VALUES, type ResumeOptions } from './ResumableWaterfall';
import type { TriageValuesView } from './triageState';

/**
 * The last two steps of a triage: a second problem the user mentioned along the way ("also my printer doesn't
 * work") is offered as the next triage; yes starts it with their words, keeping any further ones for after it.
 */
export async function offerNextProblemStep(step: WaterfallStepContext) {
  const [next] = (step.values as TriageValuesView).pendingProblems ?? [];
  if (!next) return step.endDialog(step.result);
  const t = turnTranslator(step.context);
  return ask(step, t, {
    kind: 'yes-no',
    question: t('secondProblemOffer', { problem: escapeMarkdown(summarize(next)) }),
    hint: t('hintChoice'),
    buttons: yesNoButtons(t),
    fallback: { value: 'no', message: t('secondProblemLater') },
  });
}

export async function startNextProblemStep(step: WaterfallStepContext) {
  const [next, ...later] = (step.values as TriageValuesView).pendingProblems ?? [];
  if (answered(step)?.value !== 'yes' || !next) {
    if (!answered(step)?.fallback) await step.context.sendActivity(turnTranslator(step.context)('secondProblemLater'));
    return step.endDialog();
  }
  const options: DescribeOptions & ResumeOptions = {
    initialText: next,
    ...(later.length > 0 ? { [RESUME_VALUES]: { pendingProblems: later } } : {}),
  };
  return step.replaceDialog(DialogIds.triageWaterfall, options);
}
