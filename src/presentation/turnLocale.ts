import type { TurnContext } from 'botbuilder';
import type { Locale } from '../domain/types';
import { translator, type Translate } from '../i18n/catalog';

const LOCALE_KEY = Symbol('triage.locale');

/** The language of this turn, decided once by the bot from the profile, the channel and the text. */
export function setTurnLocale(context: TurnContext, locale: Locale): void {
  context.turnState.set(LOCALE_KEY, locale);
}

/** The language decided for this turn, if the bot got that far (it reads the user's profile from storage). */
export function decidedTurnLocale(context: TurnContext): Locale | undefined {
  return context.turnState.get(LOCALE_KEY) as Locale | undefined;
}

export function turnLocale(context: TurnContext): Locale {
  return decidedTurnLocale(context) ?? 'en';
}

export function turnTranslator(context: TurnContext): Translate {
  return translator(turnLocale(context));
}
