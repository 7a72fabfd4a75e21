import {
  ActivityHandler,
  ActivityTypes,
  TurnContext,
  type ConversationState,
  type UserState,
  type Activity,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { detectCommand } from '../domain/commands';
import type { Locale } from '../domain/types';
import { guessLocale } from '../i18n/locale';
import { handleIdleCommand } from '../../dialogs/globalCommands';
import type { MainDialog } from '../../dialogs/MainDialog';
import type { DescribeOptions } from '../../dialogs/DescribeDialog';
import type { TranscriptEntry } from '../tickets/ticket';
import type { TriageServices } from '../../dialogs/services';
import { submittedChoice } from '../presentation/cards';
import { setTurnLocale, turnTranslator } from '../presentation/turnLocale';
import { WelcomePolicy } from './welcome';
import { handleAlertChannelCommand } from '../teams/alertChannelCommand';
import type { AlertChannelRegistry } from '../teams/alertChannels';
import { rememberInProfile } from '../state/profile';

const TRANSCRIPT_LIMIT = 200;

export interface TriageBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  services: TriageServices;
  defaultLocale: Locale;
  /** Team channels registered for Severity A alerts ("register alerts"); without it the command is not offered. */
  alertChannels?: AlertChannelRegistry;
}

/** Routes every turn: welcome on join, commands when idle, otherwise the triage dialog. */
export class TriageBot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(private readonly options: TriageBotOptions) {
    super();
    const dialogState = options.conversationState.createProperty<DialogState>('DialogState');
    this.dialogs = new DialogSet(dialogState).add(options.mainDialog);
    const welcome = new WelcomePolicy(options.conversationState.createProperty<boolean>('welcomed'));

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

  override async run(context: TurnContext): Promise<void> {
    this.readUserText(context.activity);
    await this.decideLocale(context);
    await this.recordTranscript(context);
    await super.run(context);
    // Both at once: with the SQLite store they share one commit.
    await Promise.all([
      this.options.conversationState.saveChanges(context, false),
      this.options.userState.saveChanges(context, false),
    ]);
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    const text = (context.activity.text ?? '').trim();
    if (!text) {
      // Only words can be triaged: a file, a picture or an empty message gets an explanation.
      await context.sendActivity(turnTranslator(context)('unsupportedAttachment'));
      return;
    }
    const { alertChannels } = this.options;
    if (alertChannels && (await handleAlertChannelCommand(context, alertChannels, this.options.services.logger)))
      return;
    const dc = await this.dialogs.createContext(context);
    const command = detectCommand(text);
    if (command && !dc.activeDialog) {
      await handleIdleCommand(context, command, this.options.services);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(this.options.mainDialog.id, { initialText: text } satisfies DescribeOptions);
    }
  }

  /** What the user said, as the dialogs should read it. */
  private readUserText(activity: Activity): void {
    if (activity.type !== ActivityTypes.Message) return;
    // In Teams channels the text starts with <at>Bot</at>; it is not part of what the user said.
    activity.text = TurnContext.removeRecipientMention(activity) ?? activity.text;
    // A clicked question button (Action.Submit) arrives as a value without text: it is the user's answer.
    if (!activity.text?.trim()) activity.text = submittedChoice(activity.value) ?? activity.text;
  }

  /** The user's chosen language, else what their text is written in, else the channel's. */
  private async decideLocale(context: TurnContext): Promise<void> {
    const { activity } = context;
    const profile = await this.options.services.profile.get(context, {});
    let locale = profile.locale;
    if (!locale) {
      const text = activity.text ?? '';
      locale = guessLocale(text, activity.locale, this.options.defaultLocale);
      if (activity.type === ActivityTypes.Message && text)
        await rememberInProfile(this.options.services.profile, context, { locale });
    }
    setTurnLocale(context, locale);
  }

  /** Keeps what was said in this conversation (both sides) for tickets and hand-offs. */
  private async recordTranscript(context: TurnContext): Promise<void> {
    const { transcript } = this.options.services;
    const append = async (entries: TranscriptEntry[]) => {
      const current = await transcript.get(context, []);
      await transcript.set(context, [...current, ...entries].slice(-TRANSCRIPT_LIMIT));
    };
    const at = () => this.options.services.clock().toISOString();
    context.onSendActivities(async (_ctx, activities, next) => {
      const entries = activities
        .filter((a) => a.type === ActivityTypes.Message)
        .map((a) => ({ from: 'bot' as const, text: a.text || (a.attachments?.length ? '[card]' : ''), at: at() }));
      if (entries.length > 0) await append(entries);
      return next();
    });
    if (context.activity.type === ActivityTypes.Message && context.activity.text) {
      await append([{ from: 'user', text: context.activity.text, at: at() }]);
    }
  }
}
