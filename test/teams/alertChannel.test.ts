import { randomUUID } from 'node:crypto';
import {
  EmulatorConnector,
  EmulatorUser,
  startBot,
  visibleText,
  type ReceivedReply,
  type RunningBot,
} from '../support/emulator';
import { en, ja, TICKET_ID } from '../support/messages';
import { choiceButtons } from '../support/cardButtons';
import { escapeMarkdown } from '../../src/presentation/escape';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const BOT = { id: 'bot', name: 'Triage', role: 'bot' };

/** A member of the support team writing in a team channel, as Teams posts it (msteams, channel, @mention). */
class ChannelMember {
  readonly channelId: string;

  constructor(
    private readonly bot: RunningBot,
    private readonly connector: EmulatorConnector,
    private readonly locale: string,
  ) {
    this.channelId = `19:${randomUUID()}@thread.tacv2`;
  }

  /** Posts "<at>Triage</at> text" in a reply thread of the channel and returns the bot's replies in that thread. */
  async mention(text: string): Promise<ReceivedReply[]> {
    const thread = `${this.channelId};messageid=${Date.now()}`;
    const response = await fetch(`${this.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: randomUUID(),
        type: 'message',
        channelId: 'msteams',
        serviceUrl: this.connector.url,
        conversation: { id: thread, conversationType: 'channel', isGroup: true },
        channelData: {
          team: { id: this.channelId, name: 'Support' },
          channel: { id: this.channelId },
          tenant: { id: 'tenant-1' },
        },
        from: { id: `29:${randomUUID()}`, name: 'Support lead', role: 'user' },
        recipient: BOT,
        locale: this.locale,
        text: `<at>Triage</at> ${text}`,
        entities: [{ type: 'mention', mentioned: BOT, text: '<at>Triage</at>' }],
        timestamp: new Date().toISOString(),
      }),
    });
    if (response.status >= 300) throw new Error(`bot answered HTTP ${response.status}`);
    return this.connector.take(thread);
  }

  /** Waits (at most `ms`) for posts the bot makes at the top level of the channel, as alerts are. */
  async channelPosts(ms = 8000): Promise<ReceivedReply[]> {
    const deadline = Date.now() + ms;
    const posts: ReceivedReply[] = [];
    while (Date.now() < deadline && posts.length === 0) {
      posts.push(...this.connector.take(this.channelId));
      if (posts.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    return posts;
  }
}

/** A user in another chat who describes an outage and answers every question by clicking a button. */
async function openSeverityATicket(user: EmulatorUser, description: string, preferred: string[]): Promise<string> {
  let replies = await user.say(description);
  for (let turn = 0; turn < 10; turn++) {
    const id = replies.map(visibleText).join('\n').match(TICKET_ID);
    if (id && replies.some((r) => r.attachments?.some((a) => a.contentType === ADAPTIVE))) {
      expect(replies.map(visibleText)).toContain(en('alertSent'));
      return id[0];
    }
    const buttons = choiceButtons(replies);
    if (buttons.length === 0)
      throw new Error(`no question to answer; the bot said: ${replies.map(visibleText).join(' | ')}`);
    replies = await user.submit((buttons.find((b) => preferred.includes(b.title)) ?? buttons[0]).value);
  }
  throw new Error('no ticket after 10 turns');
}

function alertFacts(post: ReceivedReply): Record<string, string> {
  const card = post.attachments?.find((a) => a.contentType === ADAPTIVE)?.content as {
    version: string;
    body: Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }>;
  };
  expect(card.version).toBe('1.4');
  const facts = card.body.find((e) => e.type === 'FactSet')!.facts!;
  return { title: card.body[0].text ?? '', ...Object.fromEntries(facts.map((f) => [f.title, f.value])) };
}

describe('Teams: Severity A tickets announced in the channel that registered', () => {
  const connector = new EmulatorConnector();
  let bot: RunningBot;

  beforeAll(async () => {
    await connector.start();
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await bot?.close();
    await connector.stop();
  });

  test('"register alerts" in an English channel and 「通知先に登録」 in a Japanese one: both get the new ticket, each in its language', async () => {
    const english = new ChannelMember(bot, connector, 'en-US');
    const japanese = new ChannelMember(bot, connector, 'ja-JP');
    expect((await english.mention('register alerts')).map(visibleText)).toEqual([en('alertChannel.registered')]);
    expect((await japanese.mention('通知先に登録')).map(visibleText)).toEqual([ja('alertChannel.registered')]);

    const user = new EmulatorUser(bot.url, connector, 'en-US');
    await user.join();
    const ticketId = await openSeverityATicket(
      user,
      'Outlook on the web shows a blank page <b>for all 120 people</b> in our office since 9am; nobody can read mail.',
      [en('no'), en('severityAgree'), 'Microsoft 365 Business Standard', en('channel.direct')],
    );

    const [englishAlert] = await english.channelPosts();
    expect(englishAlert).toBeDefined();
    const facts = alertFacts(englishAlert);
    expect(facts).toMatchObject({
      title: en('alert.title', { id: ticketId }),
      [en('card.ticket')]: ticketId,
      [en('card.category')]: 'Technical support',
    });
    expect(facts[en('card.severity')]).toMatch(/^A: /);
    // What the user typed arrives as text, never as markup.
    expect(facts[en('alert.summary')]).toContain(escapeMarkdown('<b>for all 120 people</b>'));
    expect(facts[en('alert.summary')]).not.toMatch(/<\/?b>/);

    const [japaneseAlert] = await japanese.channelPosts();
    expect(japaneseAlert).toBeDefined();
    expect(alertFacts(japaneseAlert)).toMatchObject({
      title: ja('alert.title', { id: ticketId }),
      [ja('card.ticket')]: ticketId,
    });
  });

  test('a channel that unregistered gets no more alerts; registering twice is said plainly', async () => {
    const channel = new ChannelMember(bot, connector, 'en-US');
    expect((await channel.mention('register alerts')).map(visibleText)).toEqual([en('alertChannel.registered')]);
    expect((await channel.mention('register alerts')).map(visibleText)).toEqual([en('alertChannel.alreadyRegistered')]);
    expect((await channel.mention('unregister alerts')).map(visibleText)).toEqual([en('alertChannel.unregistered')]);
    expect((await channel.mention('unregister alerts')).map(visibleText)).toEqual([en('alertChannel.notRegistered')]);

    const user = new EmulatorUser(bot.url, connector, 'en-US');
    await user.join();
    await openSeverityATicket(
      user,
      'Exchange Online is down for the whole company since this morning: nobody can send or receive mail.',
      [en('no'), en('severityAgree'), 'Microsoft 365 Business Standard', en('channel.direct')],
    );
    expect(await channel.channelPosts(1500)).toEqual([]);
  });

  test('typed in a personal chat, the command explains that alerts go to a team channel', async () => {
    const user = new EmulatorUser(bot.url, connector, 'ja-JP');
    expect((await user.say('通知先に登録')).map(visibleText)).toEqual([ja('alertChannel.onlyInChannel')]);
  });
});
