import { commandHandler } from '../../dialogs/globalCommands';
import { MainDialog } from '../../dialogs/MainDialog';
import { playDialogCase } from '../support/dialogCase';
import { standInSteps } from '../support/standInSteps';
import { mainCases } from './testData/mainCases';

describe('MainDialog with stand-in steps, from transcripts in testData/mainCases.ts', () => {
  test.each(mainCases.map((c) => [c.name, c] as const))('%s', async (_name, mainCase) => {
    const { tickets } = await playDialogCase(
      ({ services }) =>
        new MainDialog(standInSteps(mainCase.steps, mainCase.waitsAt), services, commandHandler(services)),
      mainCase,
    );
    const stored = await tickets.listForUser('user1', 5);
    if (mainCase.ticket === null) expect(stored).toEqual([]);
    else {
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject(mainCase.ticket);
    }
  });
});
