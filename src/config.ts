import { z } from 'zod';
import { parseWithSchema } from './domain/data/validate';
import type { PartnerContact } from './domain/escalation';

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.string().url().optional());

export const configSchema = z
  .object({
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3978)),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(emptyAsUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
    MicrosoftAppTenantId: optionalString,
    /** Where state and tickets live: "memory" keeps them in this process only (a durable store comes next). */
    STORAGE: z.preprocess(emptyAsUndefined, z.enum(['memory']).default('memory')),
    ALERT_WEBHOOK_URL: optionalUrl,
    PARTNER_NAME: optionalString,
    PARTNER_PHONE: optionalString,
    PARTNER_EMAIL: z.preprocess(emptyAsUndefined, z.string().email().optional()),
    PARTNER_URL: optionalUrl,
    DEFAULT_LOCALE: z.preprocess(emptyAsUndefined, z.enum(['ja', 'en']).default('ja')),
    LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  })
  .refine((c) => !c.MicrosoftAppId || Boolean(c.MicrosoftAppPassword) || c.MicrosoftAppType === 'UserAssignedMSI', {
    message: 'MicrosoftAppPassword is required when MicrosoftAppId is set',
    path: ['MicrosoftAppPassword'],
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
  const contact = { name: config.PARTNER_NAME, phone: config.PARTNER_PHONE, email: config.PARTNER_EMAIL, url: config.PARTNER_URL };
  return Object.values(contact).some(Boolean) ? contact : undefined;
}
