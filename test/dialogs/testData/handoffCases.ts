import type { HandoffRecord } from '../../../dialogs/HandoffDialog';
import { WAITING, type DialogCase } from '../../support/dialogCase';
import { en, ja } from '../../support/messages';

export const HANDOFF_TICKET_ID = 'TRG-20261123-ABCDE';
const handedOff: HandoffRecord = { ticketId: HANDOFF_TICKET_ID, followUps: [] };

/**
 * HandoffDialog: after a hand-off every message belongs to it. The dialog is begun in the turn that asked for a
 * person; that turn's answer is the command's (see globalCommands.ts), so the dialog itself says nothing then.
 */
export const handoffCases: DialogCase<HandoffRecord>[] = [
  {
    name: 'English: a message after the hand-off is added to it and acknowledged',
    locale: 'en',
    options: handedOff,
    turns: [
      ['talk to a person', []],
      ['the laptop with the problem has asset tag 4411', en('handoffFollowUp', { id: handedOff.ticketId })],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: a message after the hand-off is added to it and acknowledged',
    locale: 'ja',
    options: handedOff,
    turns: [
      ['担当者と話したいです', []],
      ['内線は 4411 です', ja('handoffFollowUp', { id: handedOff.ticketId })],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: 「ありがとうございます」 after the hand-off gets a thank-you, not a receipt',
    locale: 'ja',
    options: handedOff,
    turns: [
      ['担当者と話したいです', []],
      ['ありがとうございます', ja('smallTalk.thanks')],
    ],
    result: WAITING,
  },
  {
    name: 'English: "thanks!" after the hand-off gets a thank-you, not a receipt',
    locale: 'en',
    options: handedOff,
    turns: [
      ['talk to a person', []],
      ['thanks!', en('smallTalk.thanks')],
    ],
    result: WAITING,
  },
];
