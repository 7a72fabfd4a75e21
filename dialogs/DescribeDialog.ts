import { TextPrompt, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isUsableDescription, problemText } from '../src/domain/description';
import type { CommandHandler } from './globalCommands';
import { turnTranslator } from '../src/presentation/turnLocale';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';

export interface DescribeOptions {
  /** The user's first message; used as the description when it already describes the problem. */
  initialText?: string;
}

const DESCRIPTION_PROMPT = 'descriptionPrompt';

/** Step 1: get a description of the problem, without asking again for one already given. */
export class DescribeDialog extends InterruptibleDialog {
  constructor(commands: CommandHandler) {
    super(DialogIds.describe, commands);
    this.addDialog(
      new TextPrompt(DESCRIPTION_PROMPT, async (prompt: PromptValidatorContext<string>) =>
        isUsableDescription(prompt.recognized.value ?? ''),
      ),
    );
    this.addDialog(
      new ResumableWaterfall(`${DialogIds.describe}.steps`, [this.askStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${DialogIds.describe}.steps`;
  }

  private async askStep(step: WaterfallStepContext<DescribeOptions>) {
    const initialText = step.options?.initialText?.trim();
    if (initialText && isUsableDescription(initialText)) return step.next(problemText(initialText));
    const t = turnTranslator(step.context);
    return step.prompt(DESCRIPTION_PROMPT, { prompt: t('askDescription'), retryPrompt: t('descriptionTooShort') });
  }

  private async doneStep(step: WaterfallStepContext<DescribeOptions>) {
    // 「お世話になっております。」 before the problem is courtesy: the problem is what counts
    return step.endDialog(problemText(String(step.result)).trim());
  }
}
