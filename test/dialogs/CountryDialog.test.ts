import { commandHandler } from '../../dialogs/globalCommands';
import { CountryDialog } from '../../dialogs/CountryDialog';
import { playDialogCase } from '../support/dialogCase';
import { countryCases } from './testData/countryCases';

describe('CountryDialog alone, from transcripts in testData/countryCases.ts', () => {
  test.each(countryCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(({ services }) => new CountryDialog(services, commandHandler(services)), dialogCase);
  });
});
