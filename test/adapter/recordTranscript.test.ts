import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { recordTranscript } from '../../src/adapter/middleware';
import type { TranscriptEntry } from '../../src/tickets/ticket';

/** An echo bot behind the transcript middleware, its conversation state saved after every turn. */
function echoWithTranscript() {
  const conversationState = new ConversationState(new MemoryStorage());
  const transcript = conversationState.createProperty<TranscriptEntry[]>('transcript');
  const adapter = new TestAdapter(async (context) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
  })
    .use(new AutoSaveStateMiddleware(conversationState))
    .use(recordTranscript(transcript, () => new Date('2026-11-23T01:00:00Z')));
  /** The transcript as stored for the conversation, read by a later turn. */
  const stored = async () => {
    let entries: TranscriptEntry[] = [];
    await new TestAdapter(async (context) => {
      entries = await transcript.get(context, []);
    }, adapter.template).send('peek');
    return entries.map((e) => `${e.from}: ${e.text}`);
  };
  return { adapter, stored };
}

describe('the conversation transcript', () => {
  test('keeps both sides of every turn, in order, across turns', async () => {
    const { adapter, stored } = echoWithTranscript();
    await adapter.send('one').assertReply('echo: one').send('two').assertReply('echo: two').startTest();
    expect(await stored()).toEqual(['user: one', 'bot: echo: one', 'user: two', 'bot: echo: two']);
  });

  test('keeps only the last 200 entries of a long conversation', async () => {
    const { adapter, stored } = echoWithTranscript();
    let flow = adapter.send('m1').assertReply('echo: m1');
    for (let i = 2; i <= 120; i++) flow = flow.send(`m${i}`).assertReply(`echo: m${i}`);
    await flow.startTest();
    const entries = await stored();
    expect(entries).toHaveLength(200);
    expect(entries[0]).toBe('user: m21');
    expect(entries.at(-1)).toBe('bot: echo: m120');
  });
});
