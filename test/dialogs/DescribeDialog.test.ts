import { commandHandler } from '../../dialogs/globalCommands';
import { DescribeDialog } from '../../dialogs/DescribeDialog';
import { playDialogCase } from '../support/dialogCase';
import { describeCases } from './testData/describeCases';

describe('DescribeDialog alone, from transcripts in testData/describeCases.ts', () => {
  test.each(describeCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(({ services }) => new DescribeDialog(commandHandler(services), services), dialogCase);
  });
});
