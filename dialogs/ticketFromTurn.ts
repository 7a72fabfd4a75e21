import type { TurnContext } from 'botbuilder';
import { newTicketId, type Ticket } from '../src/tickets/ticket';
import type { TriageServices } from './services';
import { turnLocale } from '../src/presentation/turnLocale';

type TicketFields = Omit<
  Ticket,
  'id' | 'createdAt' | 'user' | 'conversationId' | 'channelId' | 'locale' | 'transcript'
>;

/** Fills in who, where and when from the turn, and the conversation so far from state. */
export async function newTicket(
  context: TurnContext,
  services: Pick<TriageServices, 'clock' | 'transcript'>,
  fields: TicketFields,
): Promise<Ticket> {
  const now = services.clock();
  const { from, conversation, channelId } = context.activity;
  return {
    id: newTicketId(now),
    createdAt: now.toISOString(),
    user: { id: from?.id ?? 'unknown', name: from?.name || undefined },
    conversationId: conversation?.id ?? 'unknown',
    channelId: channelId ?? 'unknown',
    locale: turnLocale(context),
    transcript: [...(await services.transcript.get(context, []))],
    ...fields,
  };
}
