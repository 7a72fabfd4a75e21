import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TriageServices } from './services';
import { turnTranslator } from '../src/presentation/turnLocale';
import { createSmallTalkReader } from '../src/domain/manners';
import type { TranscriptEntry } from '../src/tickets/ticket';
import { DialogIds } from './dialogIds';
import { smallTalkReply } from './manners';

/** A conversation handed to a person: the hand-off ticket and what the user said after it. */
export interface HandoffRecord {
  ticketId: string;
  followUps: TranscriptEntry[];
}

const smallTalk = createSmallTalkReader();

/**
 * After a hand-off every message belongs to it: it is added to the hand-off record and acknowledged, instead of
 * starting a new triage, until the user starts over or says it is a new problem (see InterruptibleDialog).
 */
export class HandoffDialog extends Dialog<HandoffRecord> {
  constructor(private readonly services: Pick<TriageServices, 'clock'>) {
    super(DialogIds.handoff);
  }

  override async beginDialog(dc: DialogContext, record?: HandoffRecord): Promise<DialogTurnResult> {
    dc.activeDialog!.state.record = { ticketId: record?.ticketId ?? '', followUps: record?.followUps ?? [] };
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const record = dc.activeDialog!.state.record as HandoffRecord;
    const text = (dc.context.activity.text ?? '').trim();
    record.followUps.push({ from: 'user', text, at: this.services.clock().toISOString() });
    const kind = smallTalk.read(text);
    // "thanks!" after a hand-off deserves a thank-you, not a receipt; it is still on the record
    if (kind) await smallTalkReply(dc.context, kind, false);
    else await dc.context.sendActivity(turnTranslator(dc.context)('handoffFollowUp', { id: record.ticketId }));
    return Dialog.EndOfTurn;
  }
}
