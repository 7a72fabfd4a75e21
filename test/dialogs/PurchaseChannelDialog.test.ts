import { commandHandler } from '../../dialogs/globalCommands';
import { PurchaseChannelDialog } from '../../dialogs/PurchaseChannelDialog';
import { playDialogCase } from '../support/dialogCase';
import { purchaseChannelCases } from './testData/purchaseChannelCases';

describe('PurchaseChannelDialog alone, from transcripts in testData/purchaseChannelCases.ts', () => {
  test.each(purchaseChannelCases.map((c) => [c.name, c] as const))('%s', async (_name, dialogCase) => {
    await playDialogCase(({ services }) => new PurchaseChannelDialog(services, commandHandler(services)), dialogCase);
  });
});
