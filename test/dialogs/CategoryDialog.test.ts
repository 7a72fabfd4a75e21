import { commandHandler } from '../../dialogs/globalCommands';
import { CategoryDialog } from '../../dialogs/CategoryDialog';
import { playDialogCase } from '../support/dialogCase';
import { categoryCases } from './testData/categoryCases';

describe('CategoryDialog alone, from transcripts in testData/categoryCases.ts', () => {
  test.each(categoryCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(({ services }) => new CategoryDialog(services, commandHandler(services)), dialogCase);
  });
});
