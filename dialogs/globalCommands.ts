import { ActivityTypes, EventFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Command } from '../src/domain/commands';
import type { TriageServices } from './services';
import { applyCorrection, type CorrectionResult } from './corrections';
import { handleIdleMessage } from './idleTurn';
import { newTicket, recordTicket } from './ticketFromTurn';
import { severityANotice } from '../src/presentation/alertNotice';
import { setTurnLocale, turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { ticketCard } from '../src/presentation/cards';
import { categoryLabel } from '../src/presentation/labels';
import { escapeMarkdown, summarize } from '../src/presentation/escape';
import { myTicketsText } from '../src/presentation/ticketList';
import { rememberInProfile } from '../src/state/profile';
import { DialogIds } from './dialogIds';
import type { HandoffRecord } from './HandoffDialog';
import { triageSoFar, type TriageSoFar } from './triageState';

/**
 * What the interruptions use: tickets (status, my tickets, hand-off), the profile (language), what a card shows,
 * the recogniser (corrections) and the alert outbox (a Severity A hand-off).
 */
export type CommandServices = Pick<
  TriageServices,
  | 'tickets'
  | 'profile'
  | 'transcript'
  | 'clock'
  | 'logger'
  | 'data'
  | 'partnerContact'
  | 'answers'
  | 'alerter'
  | 'alertOutbox'
>;

/** What a message said when no triage is under way did: handled (maybe a hand-off begun), or it is a problem. */
export type IdleOutcome = { handled: false } | { handled: true; handoff?: HandoffRecord };

/**
 * Interruptions (commands, small talk, another language, corrections), as every dialog is given them: built once in
 * the composition root, so each dialog declares only the services its own steps use.
 */
export interface CommandHandler {
  /** A command said while a triage is under way. */
  duringTriage(dc: DialogContext, command: Command): Promise<CommandOutcome>;
  /** A message when no triage is under way: commands, small talk, another language, a stale button. */
  whenIdle(context: TurnContext, text: string): Promise<IdleOutcome>;
  /** "actually it's only me": updates an earlier answer of the triage under way. */
  correct(dc: DialogContext, text: string): Promise<CorrectionResult>;
  /** The clock, for what a hand-off records. */
  now(): Date;
}

export function commandHandler(services: CommandServices): CommandHandler {
  return {
    duringTriage: (dc, command) => handleGlobalCommand(dc, command, services),
    whenIdle: (context, text) => handleIdleMessage(context, text, services),
    correct: (dc, text) => applyCorrection(dc, text, services),
    now: () => services.clock(),
  };
}

/** What the dialog stack should do after a command was handled. */
export type CommandOutcome =
  'reprompt' | 'restartStep' | 'cancelled' | 'startOver' | { handedOff: HandoffRecord | undefined };

/** Acts on a command given while a triage is under way. */
export async function handleGlobalCommand(
  dc: DialogContext,
  command: Command,
  services: CommandServices,
): Promise<CommandOutcome> {
  const { context } = dc;
  switch (command.kind) {
    case 'cancel':
      await context.sendActivity(turnTranslator(context)('cancelled'));
      return 'cancelled';
    case 'startOver':
      await context.sendActivity(turnTranslator(context)('restarted'));
      return 'startOver';
    case 'human': {
      const soFar = triageSoFar(
        dc,
        { triage: DialogIds.triageWaterfall, severity: `${DialogIds.severity}.steps` },
        turnLocale(context),
      );
      return { handedOff: await handOff(context, services, soFar) };
    }
    default:
      await handleIdleCommand(context, command, services);
      return command.kind === 'language' ? 'restartStep' : 'reprompt';
  }
}

/**
 * Acts on a command when no triage is under way; help and look-ups need no dialog. A hand-off returns its record,
 * so the caller can route the next messages to it.
 */
export async function handleIdleCommand(
  context: TurnContext,
  command: Command,
  services: CommandServices,
): Promise<HandoffRecord | undefined> {
  const t = turnTranslator(context);
  switch (command.kind) {
    case 'help':
      await context.sendActivity(t('help'));
      return;
    case 'cancel':
      await context.sendActivity(t('cancelled'));
      return;
    case 'startOver':
      await context.sendActivity(t('restarted'));
      return;
    case 'language': {
      await rememberInProfile(services.profile, context, { locale: command.locale });
      setTurnLocale(context, command.locale);
      await context.sendActivity(turnTranslator(context)('languageSwitched'));
      return;
    }
    case 'human':
      return handOff(context, services, { description: '' });
    case 'status': {
      const ticket = await services.tickets.get(command.ticketId);
      // A ticket is shown only to the user who opened it.
      if (!ticket || ticket.user.id !== context.activity.from?.id) {
        await context.sendActivity(t('statusNotFound', { id: command.ticketId }));
        return;
      }
      await context.sendActivity(MessageFactory.attachment(ticketCard(ticket, services, context)));
      return;
    }
    case 'myTickets': {
      const tickets = await services.tickets.listForUser(context.activity.from?.id ?? '', 10);
      await context.sendActivity(myTicketsText(tickets, services, context));
      return;
    }
  }
}

/** "What I'm passing on: …": the user's own words, made inert, with the category and severity so far. */
function carriedText(context: TurnContext, services: CommandServices, soFar: TriageSoFar): string | undefined {
  if (!soFar.description) return undefined;
  const t = turnTranslator(context);
  const severity = soFar.severity?.user ?? soFar.severity?.bot;
  const details = [
    soFar.category
      ? t('handoffDetailCategory', { category: categoryLabel(services.data, soFar.category, turnLocale(context)) })
      : '',
    severity ? t('handoffDetailSeverity', { severity }) : '',
  ].join('');
  return t('handoffCarried', { description: escapeMarkdown(summarize(soFar.description, 200)), details });
}

async function handOff(
  context: TurnContext,
  services: CommandServices,
  soFar: TriageSoFar,
): Promise<HandoffRecord | undefined> {
  const t = turnTranslator(context);
  try {
    const { ticket, severityA, alertQueued } = await recordTicket(
      context,
      services,
      await newTicket(context, services, {
        kind: 'handoff',
        description: soFar.description,
        ...(soFar.category ? { category: soFar.category } : {}),
        ...(soFar.severity ? { severity: soFar.severity } : {}),
      }),
    );
    const handoff = EventFactory.createHandoffInitiation(context, {
      ticketId: ticket.id,
      transcript: ticket.transcript,
    });
    handoff.type = ActivityTypes.Event;
    const carried = carriedText(context, services, soFar);
    await context.sendActivities([
      handoff,
      MessageFactory.text(t('handoff', { id: ticket.id })),
      ...(carried ? [MessageFactory.text(carried)] : []),
    ]);
    // A person is on the way, but a Severity A problem alerts the team like a ticket would (see MainDialog).
    if (severityA) await context.sendActivity(severityANotice(ticket, services, alertQueued));
    return { ticketId: ticket.id, followUps: [] };
  } catch (error) {
    services.logger.error({ err: (error as Error).message }, 'hand-off failed');
    await context.sendActivity(t('handoffFailed'));
    return undefined;
  }
}
