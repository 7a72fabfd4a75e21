import { en, ja } from './messages';
import type { Locale } from '../domain/types';

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, ja };

/** Looks up a message and fills its {placeholders}; a missing parameter is left visible rather than dropped. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one locale, as dialogs use it. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export function catalogKeys(locale: Locale): string[] {
  return Object.keys(catalogs[locale]);
}
