import type { TurnContext } from 'botbuilder';
import { TextPrompt, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { tellsAProblem } from '../src/domain/classifier';
import {
  isUsableDescription,
  laterAnswersOnly,
  laterAnswersReader,
  namesOnlyAPlace,
  problemText,
} from '../src/domain/description';
import type { PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from './services';
import type { CommandHandler } from './globalCommands';
import type { LaterAnswers } from './SeverityDialog';
import { channelLabel, listInText, planLabel } from '../src/presentation/labels';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { rememberRecent } from '../src/domain/rememberRecent';
import { rememberInProfile } from '../src/state/profile';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';

export interface DescribeOptions {
  /** The user's first message; used as the description when it already describes the problem. */
  initialText?: string;
  /** The plan or purchase channel said before the problem (asked again for the problem, see `DescribeDialog`). */
  said?: LaterAnswers;
}

/** The problem described, and the plan or purchase channel the user said before it, for the questions after. */
export interface DescribeResult {
  description: string;
  said?: LaterAnswers;
}

const DESCRIPTION_PROMPT = 'descriptionPrompt';
const STEPS = `${DialogIds.describe}.steps`;

interface DescribeValues {
  said?: LaterAnswers;
}

/**
 * Step 1: get a description of the problem, without asking again for one already given. A message that only says
 * where the user is ("I am in Germany") is not one: the place is remembered and offered when the country is asked.
 * Nor is one that only says which plan the organisation has or how it bought Microsoft 365 ("we're on E3, through our
 * reseller"): the bot notes it, asks for the problem, and does not ask for it again later in the triage.
 */
export class DescribeDialog extends InterruptibleDialog {
  /** The plan or purchase channel a message says alone ("we're on E3"), or null (see `laterAnswersOnly`). */
  private readonly laterAnswers: (text: string) => LaterAnswers | null;

  constructor(
    commands: CommandHandler,
    private readonly services: Pick<TriageServices, 'matcher' | 'profile' | 'answers' | 'data'>,
  ) {
    super(DialogIds.describe, commands);
    // a message is asked about up to three times in its turn (the prompt's check, whether it describes a problem, the
    // note): read once, by the answer recogniser twice and the classifier's rules
    const read = laterAnswersReader(services.answers);
    this.laterAnswers = rememberRecent(1, (text) => laterAnswersOnly(text, read, tellsAProblem) as LaterAnswers | null);
    this.addDialog(
      new TextPrompt(
        DESCRIPTION_PROMPT,
        async (prompt: PromptValidatorContext<string>) =>
          // a plan or a channel alone ends the prompt too: the next step notes it and asks again
          (await this.describesAProblem(prompt.context, prompt.recognized.value ?? '')) ||
          this.laterAnswers(prompt.recognized.value ?? '') !== null,
      ),
    );
    this.addDialog(new ResumableWaterfall(STEPS, [this.askStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private values(step: WaterfallStepContext): DescribeValues {
    return step.values as DescribeValues;
  }

  private async askStep(step: WaterfallStepContext<DescribeOptions>) {
    this.values(step).said = step.options?.said;
    const initialText = step.options?.initialText?.trim();
    if (initialText && (await this.describesAProblem(step.context, initialText)))
      return step.next(problemText(initialText));
    if (initialText) await this.noteLaterAnswers(step, initialText);
    const t = turnTranslator(step.context);
    return step.prompt(DESCRIPTION_PROMPT, { prompt: t('askDescription'), retryPrompt: t('descriptionTooShort') });
  }

  private async doneStep(step: WaterfallStepContext<DescribeOptions>) {
    const text = String(step.result);
    // "we're on E3" typed when the problem was asked for: noted, and the problem asked for again
    if (await this.noteLaterAnswers(step, text))
      return step.replaceDialog(STEPS, { said: this.values(step).said } satisfies DescribeOptions);
    const said = this.values(step).said;
    // 「お世話になっております。」 before the problem is courtesy: the problem is what counts
    return step.endDialog({
      description: problemText(text).trim(),
      ...(said ? { said } : {}),
    } satisfies DescribeResult);
  }

  /** A place alone is remembered as the user's country, offered (never assumed) when the country is asked. */
  private async describesAProblem(context: TurnContext, text: string): Promise<boolean> {
    if (!isUsableDescription(text)) return false;
    // "we bought it directly", "E3" answer later questions (typed early, or after a ticket): not a problem
    if (this.laterAnswers(text)) return false;
    if (!namesOnlyAPlace(text, this.services.matcher)) return true;
    const place = this.services.matcher.match(text, turnLocale(context));
    if (place.status === 'match' && place.match)
      await rememberInProfile(this.services.profile, context, { countryRowId: place.match.row.id });
    return false;
  }

  /** Notes a plan or purchase channel said alone (kept for this triage, and remembered for the next); false if none. */
  private async noteLaterAnswers(step: WaterfallStepContext, text: string): Promise<boolean> {
    const said = this.laterAnswers(text);
    if (!said) return false;
    const values = this.values(step);
    values.said = { ...values.said, ...said };
    await rememberInProfile(this.services.profile, step.context, {
      ...(said.plan ? { plan: said.plan } : {}),
      ...(said.channel ? { purchaseChannel: said.channel as PurchaseChannel } : {}),
    });
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const things = [
      ...(said.plan
        ? [t('correctionPlan', { plan: planLabel(this.services.data, said.plan, locale) ?? said.plan })]
        : []),
      ...(said.channel ? [t('correctionChannel', { channel: channelLabel(said.channel, locale) })] : []),
    ];
    await step.context.sendActivity(t('laterAnswersNoted', { things: listInText(things, locale) }));
    return true;
  }
}
