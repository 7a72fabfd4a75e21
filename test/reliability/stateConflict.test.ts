import { MemoryStorage, TestAdapter, type Activity, type Storage, type StoreItems } from 'botbuilder';
import pino from 'pino';
import { t } from '../../src/i18n/catalog';
import { createMetrics } from '../../src/observability/metrics';
import { ActivityDeduplicator } from '../../src/reliability/dedup';
import { TurnPipeline } from '../../src/reliability/turnPipeline';
import { createHarness, replyText } from '../support/botHarness';
import { TICKET_ID } from '../support/messages';

/** A MemoryStorage where, once armed, another "process" rewrites the conversation's state just before our write. */
class InterferingStorage implements Storage {
  readonly inner = new MemoryStorage();
  armed = 0;
  /** When set, the other writer is another process that handled this same activity id (a resend) first. */
  otherProcessHandled?: string;
  read = (keys: string[]) => this.inner.read(keys);
  delete = (keys: string[]) => this.inner.delete(keys);
  async write(changes: StoreItems): Promise<void> {
    const key = Object.keys(changes).find((k) => k.includes('/conversations/'));
    if (key && this.armed > 0) {
      this.armed--;
      const current = (await this.inner.read([key]))[key];
      // The other writer saves the same record: its eTag changes under us.
      const processed = this.otherProcessHandled
        ? { ...(current?.processedActivities ?? {}), [this.otherProcessHandled]: Date.now() }
        : current?.processedActivities;
      if (current) await this.inner.write({ [key]: { ...current, processedActivities: processed, eTag: '*' } });
    }
    return this.inner.write(changes);
  }
}

function setUp(conflictAttempts?: number) {
  const storage = new InterferingStorage();
  const harness = createHarness({ storage });
  const metrics = createMetrics({ defaultMetrics: false });
  const pipeline = new TurnPipeline({
    runBot: harness.runTurn,
    conversationState: harness.conversationState,
    userState: harness.userState,
    dedup: new ActivityDeduplicator({ conversationState: harness.conversationState }),
    metrics,
    logger: pino({ level: 'silent' }),
    conflictAttempts,
  });
  const adapter = new TestAdapter(pipeline.handle, { channelId: 'test', locale: 'en-US' } as Partial<Activity>);
  adapter.onTurnError = async (context) => void (await context.sendActivity('TURN FAILED'));
  const say = async (text: string, id?: string) => {
    await adapter.receiveActivity({ type: 'message', text, id });
    const replies: string[] = [];
    for (let reply = adapter.getNextReply(); reply; reply = adapter.getNextReply()) replies.push(replyText(reply));
    return replies;
  };
  return { storage, say, metrics, harness };
}

describe('a state write that meets an eTag conflict', () => {
  const description =
    'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.';

  test('the turn runs again on the fresh state, the user sees its answer once, and the conversation carries on', async () => {
    const { storage, say, metrics } = setUp();
    expect((await say('hello')).join('\n')).toContain(t('en', 'askDescription'));
    storage.armed = 1;
    const replies = await say(description);
    expect(replies.filter((r) => r.includes(t('en', 'askSeverityConfirm')))).toHaveLength(1);
    expect(replies.join('\n')).not.toContain('TURN FAILED');
    expect((await metrics.stateConflicts.get()).values[0]?.value).toBe(1);
    // The answer was saved: the next step follows from it.
    expect((await say(t('en', 'severityAgree'))).join('\n')).toContain(t('en', 'askPlan'));
  });

  test('conflicts on every try give up after the bound, with an apology instead of a lost answer', async () => {
    const { storage, say, metrics } = setUp(3);
    await say('hello');
    storage.armed = 3;
    const replies = await say(description);
    expect(replies.join('\n')).toContain('TURN FAILED');
    expect((await metrics.stateConflicts.get()).values[0]?.value).toBe(2);
  });

  test('when the other writer was another process handling the same activity (a resend), the retry drops it unanswered', async () => {
    const { storage, say, metrics } = setUp();
    await say('hello');
    storage.armed = 1;
    storage.otherProcessHandled = 'activity-42';
    expect(await say(description, 'activity-42')).toEqual([]);
    expect((await metrics.duplicatesDropped.get()).values[0]?.value).toBe(1);
  });

  const completingTurn = {
    English: {
      locale: 'en' as const,
      before: ['hello', description, t('en', 'severityAgree'), 'Microsoft 365 Business Standard'],
      last: t('en', 'channel.csp'),
    },
    Japanese: {
      locale: 'ja' as const,
      before: [
        'こんにちは',
        '今朝から全社でTeamsにサインインできません。Web版もだめで、全員が業務を止めています。',
        t('ja', 'severityAgree'),
        'Microsoft 365 Business Standard',
      ],
      last: t('ja', 'channel.csp'),
    },
  };

  test.each(Object.entries(completingTurn))(
    '%s: the turn that completes a triage, run again after a conflict, shows the one stored ticket once and alerts once, after its commit',
    async (_language, script) => {
      const { storage, say, harness } = setUp();
      for (const text of script.before) await say(text);
      storage.armed = 1;
      const replies = await say(script.last, 'completing-activity');

      const stored = await harness.tickets.listForUser('user1', 10);
      expect(stored).toHaveLength(1);
      const { id } = stored[0];
      expect([...new Set(replies.join('\n').match(new RegExp(TICKET_ID.source, 'g')))]).toEqual([id]);
      expect(replies.filter((r) => r === t(script.locale, 'ticketCreated', { id }))).toHaveLength(1);
      expect(replies.filter((r) => r === t(script.locale, 'alertSent'))).toHaveLength(1);
      expect(replies.join('\n')).not.toContain('TURN FAILED');
      // The first try queued its alert in state that was never saved: only the committed run handed one on.
      expect(harness.alerter.queued.map((ticket) => ticket.id)).toEqual([id]);
      expect(storage.armed).toBe(0);
    },
  );
});
