import type { Locale, PurchaseChannel } from '../domain/types';

/** What the bot remembers about a user between tickets. */
export interface UserProfile {
  locale?: Locale;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
  /** The MOC contact row chosen last time (offered, never assumed, next time). */
  countryRowId?: string;
}
