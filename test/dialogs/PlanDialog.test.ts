import { commandHandler } from '../../dialogs/globalCommands';
import { PlanDialog } from '../../dialogs/PlanDialog';
import { playDialogCase } from '../support/dialogCase';
import { planCases } from './testData/planCases';

describe('PlanDialog alone, from transcripts in testData/planCases.ts', () => {
  test.each(planCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(({ services }) => new PlanDialog(services, commandHandler(services)), dialogCase);
  });
});
