import type { StatePropertyAccessor, TurnContext } from 'botbuilder';

/**
 * When the bot says hello. Teams announces an install twice (a conversationUpdate adding the bot, and an
 * installationUpdate), in personal chat and in a team alike, and adds every new team member with a
 * conversationUpdate too; the welcome is said once per conversation, when the bot arrives, never per new member.
 * Other channels (Emulator, Web Chat) welcome a user who joins, as before.
 */
export class WelcomePolicy {
  constructor(private readonly welcomed: StatePropertyAccessor<boolean>) {}

  async shouldWelcome(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    const botId = activity.recipient?.id;
    const added = activity.membersAdded ?? [];
    if (activity.channelId !== 'msteams') {
      return activity.type === 'installationUpdate' || added.some((m) => m.id !== botId);
    }
    const arrived = activity.type === 'installationUpdate' || added.some((m) => m.id === botId);
    if (!arrived || (await this.welcomed.get(context, false))) return false;
    await this.welcomed.set(context, true);
    return true;
  }
}
