import { HandoffDialog } from '../../dialogs/HandoffDialog';
import { playDialogCase } from '../support/dialogCase';
import { handoffCases } from './testData/handoffCases';

describe('HandoffDialog alone, from transcripts in testData/handoffCases.ts', () => {
  test.each(handoffCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(({ services }) => new HandoffDialog(services), dialogCase);
  });
});
