import type { Activity } from 'botbuilder';
import { createHarness, say } from '../support/botHarness';
import { en, ja, TICKET_ID } from '../support/messages';
import { ADAPTIVE, choiceButtons, click } from '../support/cardButtons';
import { detectAlertChannelCommand } from '../../src/teams/alertChannelCommand';

const TEAM = { id: '19:team-general@thread.tacv2', name: 'Support team' };
const BOT = { id: 'bot', name: 'Triage' };

/** What Teams sends from a team channel: msteams, conversationType "channel", the team in channelData. */
function inChannel(
  activity: Partial<Activity>,
  conversationId = `${TEAM.id};messageid=1700000000001`,
): Partial<Activity> {
  return {
    channelId: 'msteams',
    conversation: {
      id: conversationId,
      conversationType: 'channel',
      isGroup: true,
      name: undefined as unknown as string,
    },
    channelData: { team: TEAM, channel: { id: TEAM.id }, tenant: { id: 'tenant-1' } },
    recipient: BOT,
    from: { id: '29:alice', name: 'Alice' },
    ...activity,
  };
}

function inPersonalChat(activity: Partial<Activity>): Partial<Activity> {
  return {
    channelId: 'msteams',
    conversation: {
      id: 'a:personal-alice',
      conversationType: 'personal',
      isGroup: false,
      name: undefined as unknown as string,
    },
    channelData: { tenant: { id: 'tenant-1' } },
    recipient: BOT,
    from: { id: '29:alice', name: 'Alice' },
    ...activity,
  };
}

const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '');

/** A channel message that @mentions the bot before the text, as Teams sends it. */
const mentioningTheBot = (text: string): Partial<Activity> =>
  inChannel({
    type: 'message',
    text: `<at>Triage</at> ${text}`,
    entities: [{ type: 'mention', mentioned: BOT, text: '<at>Triage</at>' }],
  });

describe('Teams: @mentions in a channel', () => {
  test('the bot answers what was said after its @mention, not the mention itself', async () => {
    const harness = createHarness({ channelId: 'msteams' });
    const replies = await say(harness, mentioningTheBot('help'));
    expect(texts(replies)).toEqual([en('help')]);
  });

  test('a description typed after the mention is triaged without the mention in it', async () => {
    const harness = createHarness({ channelId: 'msteams' });
    const replies = await say(
      harness,
      mentioningTheBot(
        'Outlook on the web shows a blank page after sign-in for everyone in our office; nobody can read mail.',
      ),
    );
    const all = replies.map((r) => `${r.text ?? ''}${JSON.stringify(r.attachments ?? [])}`).join('\n');
    expect(all).toContain('Technical support');
    expect(all).not.toContain('<at>');
  });
});

describe('Teams: a welcome when installed', () => {
  test('added to a team: one welcome in the channel, not repeated by the installationUpdate that follows', async () => {
    const harness = createHarness({ channelId: 'msteams' });
    const general = TEAM.id;
    const added = await say(
      harness,
      inChannel(
        { type: 'conversationUpdate', membersAdded: [BOT], channelData: { team: TEAM, eventType: 'teamMemberAdded' } },
        general,
      ),
    );
    expect(texts(added)).toEqual([en('welcome')]);
    const installed = await say(harness, inChannel({ type: 'installationUpdate', action: 'add' }, general));
    expect(installed).toEqual([]);
  });

  test('installed in a team (installationUpdate first): welcomed once', async () => {
    const harness = createHarness({ channelId: 'msteams' });
    const installed = await say(harness, inChannel({ type: 'installationUpdate', action: 'add' }, TEAM.id));
    expect(texts(installed)).toEqual([en('welcome')]);
    const added = await say(harness, inChannel({ type: 'conversationUpdate', membersAdded: [BOT] }, TEAM.id));
    expect(added).toEqual([]);
  });

  test('installed for one person (personal scope), in Japanese Teams: welcomed in Japanese', async () => {
    const harness = createHarness({ channelId: 'msteams', channelLocale: 'ja-JP' });
    const replies = await say(harness, inPersonalChat({ type: 'installationUpdate', action: 'add' }));
    expect(texts(replies)).toEqual([ja('welcome')]);
  });

  test('personal scope via conversationUpdate (the bot added to the chat): welcomed', async () => {
    const harness = createHarness({ channelId: 'msteams' });
    const replies = await say(harness, inPersonalChat({ type: 'conversationUpdate', membersAdded: [BOT] }));
    expect(texts(replies)).toEqual([en('welcome')]);
  });

  test('a new colleague joining the team does not make the bot post the welcome again', async () => {
    const harness = createHarness({ channelId: 'msteams' });
    await say(harness, inChannel({ type: 'installationUpdate', action: 'add' }, TEAM.id));
    const joined = await say(
      harness,
      inChannel({ type: 'conversationUpdate', membersAdded: [{ id: '29:bob', name: 'Bob' }] }, TEAM.id),
    );
    expect(joined).toEqual([]);
  });

  test('the Emulator and Web Chat still welcome a user who joins', async () => {
    const harness = createHarness({ channelId: 'emulator' });
    const replies = await say(harness, {
      type: 'conversationUpdate',
      membersAdded: [
        { id: 'user', name: 'User' },
        { id: 'bot', name: 'Bot' },
      ],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(texts(replies)).toEqual([en('welcome')]);
  });
});

describe('Teams: cards that render in Teams and Web Chat alike', () => {
  test('a whole triage in a Teams chat: questions are Adaptive Cards whose buttons post their answer, the answer is Adaptive Card 1.4', async () => {
    const harness = createHarness({ channelId: 'msteams' });
    const preferred = [en('severityAgree'), 'Microsoft 365 Business Standard', en('channel.csp')];
    const cards: Array<{ contentType: string; content: any }> = [];
    let next: Partial<Activity> = {
      type: 'message',
      text: 'Outlook on the web shows a blank page after sign-in for all 120 people in our office since 9am; nobody can read mail.',
    };
    let questions = 0;
    // Each question is answered as a Teams user does: by clicking one of its buttons (Action.Submit posts its value).
    for (let turn = 0; turn < 10 && !cards.some((c) => TICKET_ID.test(JSON.stringify(c.content))); turn++) {
      const replies = await say(harness, inPersonalChat(next));
      cards.push(...replies.flatMap((r) => (r.attachments ?? []) as typeof cards));
      const buttons = choiceButtons(replies);
      if (buttons.length === 0) break;
      questions++;
      for (const button of buttons) expect(button.value).toEqual({ choice: button.title });
      next = click(buttons.find((b) => preferred.includes(b.title)) ?? buttons[0]);
    }
    expect(questions).toBeGreaterThanOrEqual(3);
    expect(cards.every((c) => c.contentType === ADAPTIVE)).toBe(true);
    const adaptive = cards.filter((c) => TICKET_ID.test(JSON.stringify(c.content)));
    expect(adaptive).toHaveLength(1);
    const answer = adaptive[0].content;
    expect(answer.version).toBe('1.4');
    const elementTypes = new Set<string>();
    const walk = (node: any) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if (typeof node.type === 'string') elementTypes.add(node.type);
        Object.values(node).forEach(walk);
      }
    };
    walk(answer.body);
    walk(answer.actions);
    // Elements of Adaptive Cards 1.0–1.4 only; no Action.Execute (1.4 Universal Actions need a Teams-only handler).
    const supported = [
      'TextBlock',
      'FactSet',
      'Container',
      'ColumnSet',
      'Column',
      'Image',
      'Action.OpenUrl',
      'Action.Submit',
      'Action.ShowCard',
    ];
    expect([...elementTypes].filter((type) => !supported.includes(type))).toEqual([]);
  });
});

describe('Teams: the alert-channel command, in both languages', () => {
  test.each([
    ['register alerts', 'register'],
    ['Register alerts.', 'register'],
    ['register this channel for alerts', 'register'],
    ['通知先に登録', 'register'],
    ['通知先に登録して', 'register'],
    ['unregister alerts', 'unregister'],
    ['通知先から解除', 'unregister'],
  ])('"%s" is the %s command', (text, command) => {
    expect(detectAlertChannelCommand(text)).toBe(command);
  });

  test.each([
    'please register me for the alerts training course',
    'alerts are not arriving in Outlook',
    '通知が届きません',
  ])('"%s" is a problem description, not the command', (text) => {
    expect(detectAlertChannelCommand(text)).toBeNull();
  });
});
