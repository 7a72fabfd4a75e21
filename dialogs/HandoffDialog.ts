import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TriageServices } from './services';
import { turnTranslator } from '../src/presentation/turnLocale';
import { sharedSmallTalkReader } from '../src/domain/manners';
import type { TicketFollowUp, TranscriptEntry } from '../src/tickets/ticket';
import { DialogIds } from './dialogIds';
import { smallTalkReply } from './manners';

/** A conversation handed to a person: the hand-off ticket and what the user said after it. */
export interface HandoffRecord {
  ticketId: string;
  followUps: TranscriptEntry[];
  /** Follow-ups the ticket store did not take yet (it was unavailable): appended first on the next message. */
  unsaved?: TicketFollowUp[];
}

const smallTalk = sharedSmallTalkReader();

/** The services the hand-off uses: the ticket store it appends to, the clock, and the log for a failed append. */
export type HandoffServices = Pick<TriageServices, 'clock' | 'tickets' | 'logger'>;

/**
 * After a hand-off every message belongs to it: it is appended to the hand-off ticket, where the person sees it,
 * and acknowledged, instead of starting a new triage, until the user starts over or says it is a new problem (see
 * InterruptibleDialog). A message the store did not take is kept in state and appended with the next one; the user
 * is told it has not reached anyone yet.
 */
export class HandoffDialog extends Dialog<HandoffRecord> {
  constructor(private readonly services: HandoffServices) {
    super(DialogIds.handoff);
  }

  override async beginDialog(dc: DialogContext, record?: HandoffRecord): Promise<DialogTurnResult> {
    dc.activeDialog!.state.record = {
      ticketId: record?.ticketId ?? '',
      followUps: record?.followUps ?? [],
      unsaved: record?.unsaved ?? [],
    } satisfies HandoffRecord;
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const record = dc.activeDialog!.state.record as HandoffRecord;
    const text = (dc.context.activity.text ?? '').trim();
    const at = this.services.clock().toISOString();
    record.followUps.push({ from: 'user', text, at });
    // keyed by the activity, so a re-run of this turn (an eTag conflict) appends it once
    const activityId = dc.context.activity.id ?? `${at}#${record.followUps.length}`;
    const unsaved = [...(record.unsaved ?? []), { activityId, text, at }];
    const earlier = unsaved.length - 1;
    record.unsaved = await this.append(record.ticketId, unsaved);
    const t = turnTranslator(dc.context);
    if (record.unsaved.length > 0) {
      // never "passed on" when it was not: the person cannot see it yet
      await dc.context.sendActivity(t('handoff.followUpNotSaved', { id: record.ticketId }));
      return Dialog.EndOfTurn;
    }
    const kind = smallTalk.read(text);
    // "thanks!" after a hand-off deserves a thank-you, not a receipt; it is still on the ticket
    if (earlier > 0)
      await dc.context.sendActivity(t('handoff.followUpsCaughtUp', { id: record.ticketId, count: earlier }));
    else if (kind) await smallTalkReply(dc.context, kind, false);
    else await dc.context.sendActivity(t('handoffFollowUp', { id: record.ticketId }));
    return Dialog.EndOfTurn;
  }

  /** Appends the entries in order; answers those the store did not take (from the first that failed). */
  private async append(ticketId: string, entries: TicketFollowUp[]): Promise<TicketFollowUp[]> {
    for (const [index, entry] of entries.entries()) {
      try {
        await this.services.tickets.addFollowUp(ticketId, entry);
      } catch (error) {
        this.services.logger.error({ err: (error as Error).message, ticketId }, 'hand-off follow-up not appended');
        return entries.slice(index);
      }
    }
    return [];
  }
}
