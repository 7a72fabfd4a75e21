import { type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Category } from '../src/domain/types';
import type { TriageServices } from './services';
import type { CommandHandler } from './globalCommands';
import { categoryLabel } from '../src/presentation/labels';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { ask, chosenValue } from './choices';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';
import { newAnswerPrompt } from './prompts';

export interface CategoryOptions {
  /** The categories that fit, best first. */
  candidates: Category[];
}

/** The services this step uses itself (interruptions come with the CommandHandler). */
export type CategoryServices = Pick<TriageServices, 'answers' | 'data'>;

/** Step 2, when two categories fit: one short question instead of a guess. */
export class CategoryDialog extends InterruptibleDialog {
  constructor(
    private readonly services: CategoryServices,
    commands: CommandHandler,
  ) {
    super(DialogIds.category, commands);
    this.addDialog(newAnswerPrompt(services.answers));
    this.addDialog(
      new ResumableWaterfall(`${DialogIds.category}.steps`, [this.askStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${DialogIds.category}.steps`;
  }

  private async askStep(step: WaterfallStepContext<CategoryOptions>) {
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const [best] = step.options.candidates;
    return ask(step, t, {
      kind: 'choice',
      question: t('askCategory'),
      hint: t('hintChoice'),
      buttons: step.options.candidates.map((category) => ({
        value: category,
        title: categoryLabel(this.services.data, category, locale),
        synonyms: [category, categoryLabel(this.services.data, category, locale === 'ja' ? 'en' : 'ja')],
      })),
      fallback: {
        value: best!,
        message: t('fallbackCategory', { category: categoryLabel(this.services.data, best!, locale) }),
      },
    });
  }

  private async doneStep(step: WaterfallStepContext<CategoryOptions>) {
    return step.endDialog((chosenValue(step) ?? step.options.candidates[0]) as Category);
  }
}
