import type { TurnContext } from 'botbuilder';
import { TextPrompt, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { tellsAProblem } from '../src/domain/classifier';
import {
  isUsableDescription,
  namesOnlyAPlace,
  namesOnlyAPurchaseChannel,
  problemText,
} from '../src/domain/description';
import type { TriageServices } from './services';
import type { CommandHandler } from './globalCommands';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { rememberInProfile } from '../src/state/profile';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';

export interface DescribeOptions {
  /** The user's first message; used as the description when it already describes the problem. */
  initialText?: string;
}

const DESCRIPTION_PROMPT = 'descriptionPrompt';

/**
 * Step 1: get a description of the problem, without asking again for one already given. A message that only says
 * where the user is ("I am in Germany") is not one: the place is remembered and offered when the country is asked.
 * Nor is one that only says how the organisation bought Microsoft 365: the channel question comes later.
 */
export class DescribeDialog extends InterruptibleDialog {
  constructor(
    commands: CommandHandler,
    private readonly services: Pick<TriageServices, 'matcher' | 'profile' | 'answers'>,
  ) {
    super(DialogIds.describe, commands);
    this.addDialog(
      new TextPrompt(DESCRIPTION_PROMPT, async (prompt: PromptValidatorContext<string>) =>
        this.describesAProblem(prompt.context, prompt.recognized.value ?? ''),
      ),
    );
    this.addDialog(
      new ResumableWaterfall(`${DialogIds.describe}.steps`, [this.askStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${DialogIds.describe}.steps`;
  }

  private async askStep(step: WaterfallStepContext<DescribeOptions>) {
    const initialText = step.options?.initialText?.trim();
    if (initialText && (await this.describesAProblem(step.context, initialText)))
      return step.next(problemText(initialText));
    const t = turnTranslator(step.context);
    return step.prompt(DESCRIPTION_PROMPT, { prompt: t('askDescription'), retryPrompt: t('descriptionTooShort') });
  }

  /** A place alone is remembered as the user's country, offered (never assumed) when the country is asked. */
  private async describesAProblem(context: TurnContext, text: string): Promise<boolean> {
    if (!isUsableDescription(text)) return false;
    // "we bought it directly" is an answer to a later question (typed early, or after a ticket), not a problem
    const channelOf = (words: string) => this.services.answers.recognize('channel', words).value;
    if (namesOnlyAPurchaseChannel(text, channelOf, tellsAProblem)) return false;
    if (!namesOnlyAPlace(text, this.services.matcher)) return true;
    const place = this.services.matcher.match(text, turnLocale(context));
    if (place.status === 'match' && place.match)
      await rememberInProfile(this.services.profile, context, { countryRowId: place.match.row.id });
    return false;
  }

  private async doneStep(step: WaterfallStepContext<DescribeOptions>) {
    // 「お世話になっております。」 before the problem is courtesy: the problem is what counts
    return step.endDialog(problemText(String(step.result)).trim());
  }
}
