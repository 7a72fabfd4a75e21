import { z } from 'zod';
import { parseWithSchema } from './domain/data/validate';
import type { PartnerContact } from './domain/escalation';

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
/** An Azure Blob container name (3–63 lowercase letters, digits and single hyphens), with its default. */
const containerName = (fallback: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/)
      .default(fallback),
  );
const optionalUrl = z.preprocess(emptyAsUndefined, z.string().url().optional());

export const configSchema = z
  .object({
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3978)),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(
      emptyAsUndefined,
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    ),
    MicrosoftAppTenantId: optionalString,
    /** Where the signing keys of channel (and Emulator) tokens are published; botbuilder's defaults unless set (tests, sovereign clouds). */
    ToBotFromChannelOpenIdMetadataUrl: optionalUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: optionalUrl,
    /** Where state and tickets live: "sqlite" (one database file), "blob" (Azure Blob Storage, shared by many processes), "memory" (this process only). */
    STORAGE: z.preprocess(emptyAsUndefined, z.enum(['sqlite', 'blob', 'memory']).default('sqlite')),
    /** STORAGE=sqlite: the database file, created (with its directory) on first start. */
    STORAGE_PATH: z.preprocess(emptyAsUndefined, z.string().default('.data/triage.sqlite')),
    /** STORAGE=sqlite: how long a write waits for another connection's lock before the store counts as unavailable. */
    SQLITE_BUSY_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(60000).default(5000)),
    /** STORAGE=blob: the storage account (Azurite: the well-known development connection string). */
    AZURE_STORAGE_CONNECTION_STRING: optionalString,
    BLOB_STATE_CONTAINER: containerName('bot-state'),
    BLOB_TICKETS_CONTAINER: containerName('tickets'),
    ALERT_WEBHOOK_URL: optionalUrl,
    PARTNER_NAME: optionalString,
    PARTNER_PHONE: optionalString,
    PARTNER_EMAIL: z.preprocess(emptyAsUndefined, z.string().email().optional()),
    PARTNER_URL: optionalUrl,
    DEFAULT_LOCALE: z.preprocess(emptyAsUndefined, z.enum(['ja', 'en']).default('ja')),
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    /** Public https address of this bot (e.g. a dev tunnel): `npm run package:teams` puts it in the Teams manifest (tab, domains). */
    BOT_BASE_URL: optionalUrl,
    /** Azure Bot Service Direct Line secret: the web chat page then gets its token from Azure (the secret stays here). */
    DIRECT_LINE_SECRET: optionalString,
    /** Direct Line 3.0 base URL used with DIRECT_LINE_SECRET (a regional endpoint, or a local fake in tests). */
    DIRECT_LINE_DOMAIN: z.preprocess(
      emptyAsUndefined,
      z.string().url().default('https://directline.botframework.com/v3/directline'),
    ),
    /** Message text longer than this is cut (with a note to the user) before the dialogs see it. */
    MAX_TEXT_LENGTH: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(100000).default(4000)),
    /** Per-conversation rate limit: RATE_LIMIT_MESSAGES messages per RATE_LIMIT_WINDOW_SECONDS (a token bucket). */
    RATE_LIMIT_MESSAGES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(20)),
    RATE_LIMIT_WINDOW_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().positive().default(60)),
    /** Alert delivery: attempts straight away (back-off doubling from ALERT_FIRST_DELAY_MS), then kept and retried. */
    ALERT_ATTEMPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(20).default(4)),
    ALERT_FIRST_DELAY_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(500)),
    ALERT_RETRY_INTERVAL_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(10).default(60000)),
  })
  .refine((c) => !c.MicrosoftAppId || Boolean(c.MicrosoftAppPassword) || c.MicrosoftAppType === 'UserAssignedMSI', {
    message: 'MicrosoftAppPassword is required when MicrosoftAppId is set',
    path: ['MicrosoftAppPassword'],
  })
  .refine((c) => c.STORAGE !== 'blob' || Boolean(c.AZURE_STORAGE_CONNECTION_STRING), {
    message: 'AZURE_STORAGE_CONNECTION_STRING is required when STORAGE=blob',
    path: ['AZURE_STORAGE_CONNECTION_STRING'],
  })
  .refine((c) => c.MicrosoftAppType !== 'SingleTenant' || Boolean(c.MicrosoftAppTenantId), {
    message: 'MicrosoftAppTenantId is required for a SingleTenant app',
    path: ['MicrosoftAppTenantId'],
  });

export type Config = z.infer<typeof configSchema>;

export type { PartnerContact };

/** Reads configuration from the environment; a wrong value throws one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parseWithSchema(configSchema, env, 'environment');
}

export function partnerContactOf(config: Config): PartnerContact | undefined {
  const contact = {
    name: config.PARTNER_NAME,
    phone: config.PARTNER_PHONE,
    email: config.PARTNER_EMAIL,
    url: config.PARTNER_URL,
  };
  return Object.values(contact).some(Boolean) ? contact : undefined;
}
