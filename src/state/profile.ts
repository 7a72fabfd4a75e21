import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Locale, PurchaseChannel } from '../domain/types';

/** What the bot remembers about a user between tickets. */
export interface UserProfile {
  locale?: Locale;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
  /** The MOC contact row chosen last time (offered, never assumed, next time). */
  countryRowId?: string;
}

/** Remembers some of the profile's fields for this user, keeping the others as they are. */
export async function rememberInProfile(
  profile: StatePropertyAccessor<UserProfile>,
  context: TurnContext,
  fields: Partial<UserProfile>,
): Promise<void> {
  await profile.set(context, { ...(await profile.get(context, {})), ...fields });
}
