import { ActivityTypes, EventFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Command } from '../src/domain/commands';
import type { TriageServices } from './services';
import { newTicket } from './ticketFromTurn';
import { saveNewTicket } from '../src/tickets/saveTicket';
import { setTurnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { ticketCard } from '../src/presentation/cards';
import { myTicketsText } from '../src/presentation/ticketList';
import { rememberInProfile } from '../src/state/profile';

/** What the commands use: tickets (status, my tickets, hand-off), the profile (language) and what a card shows. */
export type CommandServices = Pick<
  TriageServices,
  'tickets' | 'profile' | 'transcript' | 'clock' | 'logger' | 'data' | 'partnerContact'
>;

/** Commands (help, cancel, start over, language, a person, ticket look-ups), as every dialog is given them. */
export interface CommandHandler {
  /** A command said while a triage is under way. */
  duringTriage(dc: DialogContext, command: Command): Promise<CommandOutcome>;
  /** A command said when no triage is under way. */
  whenIdle(context: TurnContext, command: Command): Promise<void>;
}

export function commandHandler(services: CommandServices): CommandHandler {
  return {
    duringTriage: (dc, command) => handleGlobalCommand(dc, command, services),
    whenIdle: (context, command) => handleIdleCommand(context, command, services),
  };
}

/** What the dialog stack should do after a command was handled. */
export type CommandOutcome = 'reprompt' | 'restartStep' | 'cancelled' | 'startOver';

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
    case 'human':
      await handOff(context, services, describeSoFar(dc));
      return 'cancelled';
    default:
      await handleIdleCommand(context, command, services);
      return command.kind === 'language' ? 'restartStep' : 'reprompt';
  }
}

/** Acts on a command when no triage is under way; help and look-ups need no dialog. */
export async function handleIdleCommand(
  context: TurnContext,
  command: Command,
  services: CommandServices,
): Promise<void> {
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
      await handOff(context, services, '');
      return;
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

function describeSoFar(dc: DialogContext): string {
  let current: DialogContext | undefined = dc;
  while (current) {
    for (const instance of current.stack) {
      const description = (instance.state?.values as { description?: unknown } | undefined)?.description;
      if (typeof description === 'string') return description;
    }
    current = current.parent;
  }
  return '';
}

async function handOff(context: TurnContext, services: CommandServices, description: string): Promise<void> {
  const t = turnTranslator(context);
  try {
    const ticket = await saveNewTicket(
      services.tickets,
      await newTicket(context, services, { kind: 'handoff', description }),
    );
    const handoff = EventFactory.createHandoffInitiation(context, {
      ticketId: ticket.id,
      transcript: ticket.transcript,
    });
    handoff.type = ActivityTypes.Event;
    await context.sendActivities([handoff, MessageFactory.text(t('handoff', { id: ticket.id }))]);
  } catch (error) {
    services.logger.error({ err: (error as Error).message }, 'hand-off failed');
    await context.sendActivity(t('handoffFailed'));
  }
}
