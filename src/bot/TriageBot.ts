import { ActivityHandler, type BotState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { turnTranslator } from '../presentation/turnLocale';
import { WelcomePolicy } from './welcome';

/**
 * Says hello when it joins a conversation and hands every message to the one dialog it is given (the shape of
 * BotBuilder-Samples' DialogBot<T extends Dialog>). Per-turn concerns (mentions, card values, locale, transcript,
 * state saving) are adapter and turn middleware (src/adapter/middleware.ts), not the bot's.
 */
export class TriageBot<T extends Dialog = Dialog> extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(
    conversationState: BotState,
    private readonly dialog: T,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('DialogState')).add(dialog);
    const welcome = new WelcomePolicy(conversationState.createProperty<boolean>('welcomed'));

    this.onMembersAdded(async (context, next) => {
      if (await welcome.shouldWelcome(context)) await context.sendActivity(turnTranslator(context)('welcome'));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      if (await welcome.shouldWelcome(context)) await context.sendActivity(turnTranslator(context)('welcome'));
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    if (!context.activity.text?.trim()) {
      // Only words can be triaged: a file, a picture or an empty message gets an explanation.
      await context.sendActivity(turnTranslator(context)('unsupportedAttachment'));
      return;
    }
    await this.runDialog(context);
  }

  /**
   * What botbuilder-dialogs' runDialog does, without the "Bot State" trace (a snapshot of the dialog memory) it
   * sends every turn: over the emulator channel that is one more HTTP post per message.
   */
  private async runDialog(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }
}
