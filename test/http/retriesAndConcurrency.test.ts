import { randomUUID } from 'node:crypto';
import { t } from '../../src/i18n/catalog';
import { EmulatorUser, useRunningBot } from '../support/emulator';
import { fetchMetrics, metricValue } from '../support/metricsText';
import { TICKET_ID, allText, playTechnicalTriage, severityADescription } from '../support/triageScript';

describe('resent activities and concurrent conversations, over HTTP', () => {
  const server = useRunningBot();
  const connector = server.connector;

  test('the same activity posted twice at once gets one set of replies and makes one ticket', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'en-US');
    await user.join();
    await user.say('hello');
    await user.say(severityADescription('dup-1'));
    await user.say(t('en', 'severityAgree'));
    await user.say('Microsoft 365 Business Standard');

    // The last answer, resent by the channel while the first is still being processed (Teams retries after ~15 s).
    const activity = { id: randomUUID(), type: 'message', text: t('en', 'channel.csp') };
    const responses = await Promise.all([user.post(activity), user.post(activity)]);
    expect(responses.map((r) => r.status < 300)).toEqual([true, true]);

    const replies = connector.take(user.conversationId);
    const ticketIds = new Set(allText(replies).match(new RegExp(TICKET_ID, 'g')) ?? []);
    expect(ticketIds.size).toBe(1);
    expect(replies.filter((r) => r.text?.includes(t('en', 'ticketCreated', { id: [...ticketIds][0] })))).toHaveLength(
      1,
    );
    expect(await server.bot().app.services.tickets.listForUser(user.userId, 10)).toHaveLength(1);

    // A resend long after the first (not at the same moment) is dropped too.
    await user.post(activity);
    expect(connector.take(user.conversationId)).toEqual([]);
    expect(await server.bot().app.services.tickets.listForUser(user.userId, 10)).toHaveLength(1);
    expect(
      metricValue(await fetchMetrics(server.bot().url), 'triage_bot_duplicate_activities_total', {
        channel: 'emulator',
      }),
    ).toBeGreaterThanOrEqual(2);
  });

  test('two different messages of one conversation arriving together are both answered', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'en-US');
    await user.join();
    await Promise.all([
      user.post({ type: 'message', text: 'help' }),
      user.post({ type: 'message', text: 'my tickets' }),
    ]);
    const text = allText(connector.take(user.conversationId));
    expect(text).toContain(t('en', 'help'));
    expect(text).toContain(t('en', 'myTicketsEmpty'));
  });

  test('50 conversations with interleaved turns each end with their own ticket', async () => {
    const count = 50;
    const users = Array.from({ length: count }, () => new EmulatorUser(server.bot().url, connector, 'en-US'));
    const deadline = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('50 conversations did not finish in 50 s')), 50_000).unref(),
    );
    const outcomes = await Promise.race([
      Promise.allSettled(users.map((user, i) => playTechnicalTriage(user, severityADescription(`conversation #${i}`)))),
      deadline,
    ]);
    const failures = outcomes.flatMap((o, i) =>
      o.status === 'rejected' ? [`#${i}: ${(o.reason as Error).message}`] : [],
    );
    expect(failures).toEqual([]);
    const ids = outcomes.map((o) => (o as PromiseFulfilledResult<string>).value);
    expect(new Set(ids).size).toBe(count);
    for (const [i, id] of ids.entries()) {
      const ticket = await server.bot().app.services.tickets.get(id);
      expect(ticket?.conversationId).toBe(users[i].conversationId);
      expect(ticket?.description).toContain(`conversation #${i}.`);
      expect(ticket?.severity?.bot).toBe('A');
      expect(await server.bot().app.services.tickets.listForUser(users[i].userId, 10)).toHaveLength(1);
    }
  }, 60_000);
});
