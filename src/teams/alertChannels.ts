import type { ConversationReference, Storage, StoreItem } from 'botbuilder';
import type { Locale } from '../domain/types';
import { updateItem } from '../storage/etag';

/** A team channel that asked to be told about Severity A tickets. */
export interface AlertChannel {
  /** Where to post: the channel's conversation reference (top level of the channel, not a reply thread). */
  reference: Partial<ConversationReference>;
  /** The language the alert is written in: the one used when the channel registered. */
  locale: Locale;
  registeredBy: string;
  registeredAt: string;
}

interface AlertChannelsDocument extends StoreItem {
  channels: Record<string, AlertChannel>;
}

const STORAGE_KEY = 'teams-alert-channels';

/** A channel reply thread's conversation id ends in ";messageid=…"; the channel itself is the part before. */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(';')[0];
}

/**
 * The registered alert channels, kept in the bot's Storage (the same store as conversation state), so they
 * survive a restart whenever the store does. Writes use the store's eTag so two registrations at once both land.
 */
export class AlertChannelRegistry {
  constructor(private readonly storage: Storage) {}

  async list(): Promise<AlertChannel[]> {
    return Object.values((await this.read()).channels);
  }

  /** Adds or refreshes a channel; answers whether it was there already. */
  async register(channel: AlertChannel): Promise<'added' | 'refreshed'> {
    const id = channelConversationId(channel.reference.conversation?.id ?? '');
    if (!id) throw new Error('an alert channel needs a conversation id');
    let existed = false;
    await this.update((channels) => {
      existed = id in channels;
      channels[id] = channel;
    });
    return existed ? 'refreshed' : 'added';
  }

  /** Removes a channel; answers whether it was registered. */
  async unregister(conversationId: string): Promise<boolean> {
    const id = channelConversationId(conversationId);
    let existed = false;
    await this.update((channels) => {
      existed = id in channels;
      delete channels[id];
    });
    return existed;
  }

  private async read(): Promise<AlertChannelsDocument> {
    const items = await this.storage.read([STORAGE_KEY]);
    const doc = items[STORAGE_KEY] as AlertChannelsDocument | undefined;
    return doc ?? { channels: {} };
  }

  private async update(change: (channels: Record<string, AlertChannel>) => void): Promise<void> {
    await updateItem<AlertChannelsDocument, void>(this.storage, STORAGE_KEY, (doc) => {
      const channels = { ...(doc?.channels ?? {}) };
      change(channels);
      return { item: { channels }, result: undefined };
    });
  }
}
