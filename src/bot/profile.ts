import type { Locale, PurchaseChannel } from '../domain/types';

/** What the bot remembers about a user between tickets. */
export interface UserProfile {
  locale?: Locale;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
}
