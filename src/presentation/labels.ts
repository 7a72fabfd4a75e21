import type { TriageData } from '../domain/data/loadData';
import type { Category, Locale, PurchaseChannel, Severity } from '../domain/types';
import type { ContactRow } from '../domain/data/contactsSchema';
import { isMessageKey, t } from '../i18n/catalog';
import { displayName } from '../domain/seedChecks';

/** Items in running text, separated as each language does: 「A、B」, "A, B". */
export function listInText(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'ja' ? '、' : ', ');
}

/** Names of things as the user sees them, from data/ (seed facts) or the catalogs (the bot's own words). */
export function categoryLabel(data: TriageData, category: Category, locale: Locale): string {
  return data.support.categories.categories[category].label[locale];
}

export function categoryRoute(data: TriageData, category: Category, locale: Locale): string {
  return data.support.categories.categories[category].route[locale];
}

export function severityLabel(data: TriageData, severity: Severity, locale: Locale): string {
  return data.support.severity.levels[severity].label[locale];
}

export function planLabel(data: TriageData, planId: string | undefined, locale: Locale): string | undefined {
  return data.support.plans.plans.find((p) => p.id === planId)?.label[locale];
}

export function channelLabel(channel: PurchaseChannel, locale: Locale): string {
  return t(locale, `channel.${channel}`);
}

/** The row's name as the seed writes it, unless garbled (the UAE's Japanese name): then the CLDR name. */
export function rowName(row: ContactRow, locale: Locale): string {
  return displayName(row, locale);
}

export function languageName(language: string | null, locale: Locale): string {
  if (!language) return '';
  const key = `language.${language}`;
  return isMessageKey(key) ? t(locale, key) : language;
}
