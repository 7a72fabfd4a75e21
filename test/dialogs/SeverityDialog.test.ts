import { commandHandler } from '../../dialogs/globalCommands';
import { SeverityDialog } from '../../dialogs/SeverityDialog';
import { playDialogCase } from '../support/dialogCase';
import { severityCases } from './testData/severityCases';

describe('SeverityDialog alone, from transcripts in testData/severityCases.ts', () => {
  test.each(severityCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(({ services }) => new SeverityDialog(services, commandHandler(services)), dialogCase);
  });
});
