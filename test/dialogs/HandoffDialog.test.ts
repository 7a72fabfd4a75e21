import { HandoffDialog } from '../../dialogs/HandoffDialog';
import { playDialogCase } from '../support/dialogCase';
import { sampleTicket } from '../support/tickets';
import { HANDOFF_TICKET_ID, handoffCases } from './testData/handoffCases';

describe('HandoffDialog alone, from transcripts in testData/handoffCases.ts', () => {
  test.each(handoffCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(async ({ services, tickets }) => {
      // the hand-off ticket was saved in the turn that asked for a person; what follows is appended to it
      await tickets.create(sampleTicket(HANDOFF_TICKET_ID, { kind: 'handoff' }));
      return new HandoffDialog(services);
    }, dialogCase);
  });
});
