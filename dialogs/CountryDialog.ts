import { MessageFactory } from 'botbuilder';
import { type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ContactRow } from '../src/domain/data/contactsSchema';
import type { TriageServices } from './services';
import type { CommandHandler } from './globalCommands';
import type { CountryCandidate } from '../src/domain/country';
import { choiceCard } from '../src/presentation/cards';
import { rowName } from '../src/presentation/labels';
import { escapeMarkdown } from '../src/presentation/escape';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { ask, chosenValue, type ChoiceSpec } from './choices';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';
import { PromptIds, newAnswerPrompt, newTextPrompt } from './prompts';
import { rememberInProfile } from '../src/state/profile';

const TRY_AGAIN = 'try-again';
const SKIP = 'skip';

export interface CountryOptions {
  /** Set when the user asked to try another name, so the question is phrased as a retry. */
  retry?: boolean;
}

/** The services this step uses itself (interruptions come with the CommandHandler). */
export type CountryServices = Pick<TriageServices, 'answers' | 'data' | 'matcher' | 'profile'>;

/** Step 6 (courseware): the user's country, matched to a MOC contact row; asks when rows compete, never guesses. */
export class CountryDialog extends InterruptibleDialog {
  constructor(
    private readonly services: CountryServices,
    commands: CommandHandler,
  ) {
    super(DialogIds.country, commands);
    this.addDialog(newTextPrompt());
    this.addDialog(newAnswerPrompt(services.answers));
    this.addDialog(
      new ResumableWaterfall(`${DialogIds.country}.steps`, [
        this.askStep.bind(this),
        this.matchStep.bind(this),
        this.resolveStep.bind(this),
      ]),
    );
    this.initialDialogId = `${DialogIds.country}.steps`;
  }

  private async askStep(step: WaterfallStepContext<CountryOptions>) {
    const t = turnTranslator(step.context);
    const question = t(step.options?.retry ? 'askCountryAgain' : 'askCountry');
    const suggestions = await this.suggestedRows(step);
    if (suggestions.length === 0) return step.prompt(PromptIds.text, { prompt: question });
    const locale = turnLocale(step.context);
    // Typed text is still the answer; the buttons only save typing the likely ones.
    const card = choiceCard(
      question,
      suggestions.map((row) => rowName(row, locale)),
    );
    return step.prompt(PromptIds.text, { prompt: MessageFactory.attachment(card) });
  }

  /** Last time's country, then the one the channel's locale hints at (ja-JP → Japan): proposed, never assumed. */
  private async suggestedRows(step: WaterfallStepContext<CountryOptions>): Promise<ContactRow[]> {
    const profile = await this.services.profile.get(step.context, {});
    const region = (step.context.activity.locale ?? '').split(/[-_]/)[1]?.toUpperCase();
    const remembered = this.services.data.contacts.filter((r) => r.id === profile.countryRowId);
    const hinted = region ? this.services.data.contacts.filter((r) => r.iso2 === region && r.language === null) : [];
    return [...new Map([...remembered, ...hinted].map((r) => [r.id, r])).values()];
  }

  private async matchStep(step: WaterfallStepContext<CountryOptions>) {
    // restarted after the question (language switch): the name typed before is matched again
    const values = step.values as { query?: string };
    const query = (typeof step.result === 'string' ? step.result : (values.query ?? '')).trim();
    values.query = query;
    const shown = escapeMarkdown(query);
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const result = this.services.matcher.match(query, locale);
    if (result.status === 'match' && result.match) {
      await step.context.sendActivity(t('countryMatched', { country: rowName(result.match.row, locale) }));
      await rememberInProfile(this.services.profile, step.context, { countryRowId: result.match.row.id });
      return step.endDialog(result.match.row.id);
    }
    const retryChoices: ChoiceSpec[] = [
      { value: TRY_AGAIN, title: t('countryTryAgain'), synonyms: ['again', 'retry', 'もう一度'] },
      { value: SKIP, title: t('countrySkip'), synonyms: ['skip', 'スキップ'] },
    ];
    if (result.status === 'ambiguous') {
      const rows = result.candidates.map((c: CountryCandidate) => ({
        value: c.row.id,
        title: rowName(c.row, locale),
        synonyms: [c.row.name.ja, c.row.name.en],
      }));
      return ask(step, t, {
        kind: 'choice',
        question: t('countryAmbiguous', { query: shown }),
        hint: t('hintChoice'),
        buttons: [...rows, retryChoices[0]!],
        fallback: { value: TRY_AGAIN, message: t('fallbackAskAgain') },
      });
    }
    await step.context.sendActivity(t('countryNone', { query: shown }));
    return ask(step, t, {
      kind: 'choice',
      question: t('countryNoneOptions'),
      hint: t('hintChoice'),
      buttons: retryChoices,
      fallback: { value: SKIP, message: t('fallbackNoContact') },
    });
  }

  private async resolveStep(step: WaterfallStepContext<CountryOptions>) {
    const value = chosenValue(step);
    if (value === TRY_AGAIN)
      return step.replaceDialog(`${DialogIds.country}.steps`, { retry: true } satisfies CountryOptions);
    if (value === SKIP) return step.endDialog(null);
    const row = this.services.data.contacts.find((r) => r.id === value);
    if (!row) return step.endDialog(null);
    await step.context.sendActivity(
      turnTranslator(step.context)('countryMatched', { country: rowName(row, turnLocale(step.context)) }),
    );
    await rememberInProfile(this.services.profile, step.context, { countryRowId: row.id });
    return step.endDialog(row.id);
  }
}
