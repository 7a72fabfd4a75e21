import { t } from '../../src/i18n/catalog';

type Key = Parameters<typeof t>[1];

/** The bot's own words, from the catalogs, so transcripts say which message is expected rather than copy it. */
export const en = (key: Key, params?: Record<string, string>) => t('en', key, params);
export const ja = (key: Key, params?: Record<string, string>) => t('ja', key, params);

/** A ticket id as the bot shows it. */
export const TICKET_ID = /TRG-\d{8}-[2-9A-HJ-NP-Z]{5}/;
