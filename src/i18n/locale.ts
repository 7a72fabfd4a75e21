import type { Locale } from '../domain/types';
import { otherLanguageOf } from '../domain/manners';

/** Maps a channel locale ("ja-JP", "en-US", "fr") to one the bot speaks, falling back to the configured default. */
export function toSupportedLocale(channelLocale: string | undefined, fallback: Locale): Locale {
  const primary = (channelLocale ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'ja') return 'ja';
  if (primary === 'en') return 'en';
  return fallback;
}

/** Japanese script in the user's own text is a stronger hint than a browser default. */
export function looksJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}

/** The language of a user the bot knows nothing about yet: their text's script first, then the channel's locale. */
export function guessLocale(text: string | undefined, channelLocale: string | undefined, fallback: Locale): Locale {
  // Chinese has kanji too: a confidently other language is answered in English, not guessed as Japanese
  if (text && otherLanguageOf(text)) return 'en';
  return text && looksJapanese(text) ? 'ja' : toSupportedLocale(channelLocale, fallback);
}
