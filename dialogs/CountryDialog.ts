import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TriageServices } from '../src/bot/services';
import type { CountryCandidate } from '../src/domain/country';
import { rowName } from '../src/bot/labels';
import { turnLocale, turnTranslator } from '../src/bot/turnLocale';
import { chosenValue, promptChoice, type ChoiceSpec } from './choices';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './InterruptibleDialog';
import { PromptIds, newChoicePrompt, newTextPrompt } from './prompts';

const TRY_AGAIN = 'try-again';
const SKIP = 'skip';

export interface CountryOptions {
  /** Set when the user asked to try another name, so the question is phrased as a retry. */
  retry?: boolean;
}

/** Step 6 (courseware): the user's country, matched to a MOC contact row; asks when rows compete, never guesses. */
export class CountryDialog extends InterruptibleDialog {
  constructor(services: TriageServices) {
    super(DialogIds.country, services);
    this.addDialog(newTextPrompt());
    this.addDialog(newChoicePrompt());
    this.addDialog(
      new WaterfallDialog(`${DialogIds.country}.steps`, [this.askStep.bind(this), this.matchStep.bind(this), this.resolveStep.bind(this)]),
    );
    this.initialDialogId = `${DialogIds.country}.steps`;
  }

  private async askStep(step: WaterfallStepContext<CountryOptions>) {
    const t = turnTranslator(step.context);
    return step.prompt(PromptIds.text, { prompt: t(step.options?.retry ? 'askCountryAgain' : 'askCountry') });
  }

  private async matchStep(step: WaterfallStepContext<CountryOptions>) {
    const query = String(step.result ?? '').trim();
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const result = this.services.matcher.match(query, locale);
    if (result.status === 'match' && result.match) {
      await step.context.sendActivity(t('countryMatched', { country: rowName(result.match.row, locale) }));
      return step.endDialog(result.match.row.id);
    }
    const retryChoices: ChoiceSpec[] = [
      { value: TRY_AGAIN, title: t('countryTryAgain'), synonyms: ['again', 'retry', 'もう一度'] },
      { value: SKIP, title: t('countrySkip'), synonyms: ['skip', 'スキップ'] },
    ];
    if (result.status === 'ambiguous') {
      const rows = result.candidates.map((c: CountryCandidate) => ({ value: c.row.id, title: rowName(c.row, locale), synonyms: [c.row.name.ja, c.row.name.en] }));
      return promptChoice(step, t, t('countryAmbiguous', { query }), [...rows, retryChoices[0]]);
    }
    await step.context.sendActivity(t('countryNone', { query }));
    return promptChoice(step, t, t('countryNoneOptions'), retryChoices);
  }

  private async resolveStep(step: WaterfallStepContext<CountryOptions>) {
    const value = chosenValue(step);
    if (value === TRY_AGAIN) return step.replaceDialog(`${DialogIds.country}.steps`, { retry: true } satisfies CountryOptions);
    if (value === SKIP) return step.endDialog(null);
    const row = this.services.data.contacts.find((r) => r.id === value);
    if (row) await step.context.sendActivity(turnTranslator(step.context)('countryMatched', { country: rowName(row, turnLocale(step.context)) }));
    return step.endDialog(value);
  }
}
