import { EmulatorUser, useRunningBot, visibleText } from '../support/emulator';
import { TYPED_PERSONAS, playTypedTriage } from '../support/typedTriages';

describe("over HTTP in the Emulator protocol: whole triages typed in the user's own words", () => {
  const server = useRunningBot();

  test.each(TYPED_PERSONAS.map((p) => [p.name, p] as const))('%s', async (_name, persona) => {
    const user = new EmulatorUser(server.bot().url, server.connector, persona.locale === 'ja' ? 'ja-JP' : 'en-US');
    await user.join();
    const { ticketId } = await playTypedTriage(persona, async (text) => (await user.say(text)).map(visibleText));
    expect(ticketId).toMatch(/^TRG-/);
  });
});
