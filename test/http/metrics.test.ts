import { randomUUID } from 'node:crypto';
import { EmulatorUser, useRunningBot } from '../support/emulator';
import { metricValue } from '../support/metricsText';
import { playTechnicalTriage, severityADescription } from '../support/triageScript';

describe('GET /metrics', () => {
  const server = useRunningBot();
  const connector = server.connector;

  test('counts turns by channel, their latency, tickets by severity and category, and dropped resends', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'en-US');
    await playTechnicalTriage(user, severityADescription('metrics'));
    const resent = { id: randomUUID(), type: 'message', text: 'help' };
    await user.post(resent);
    await user.post(resent);

    const response = await fetch(`${server.bot().url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('# TYPE triage_bot_turn_duration_seconds histogram');
    // join + five answers + help + its resend
    expect(metricValue(text, 'triage_bot_turns_total', { channel: 'emulator' })).toBe(8);
    expect(metricValue(text, 'triage_bot_turn_duration_seconds_count', { channel: 'emulator' })).toBe(8);
    expect(metricValue(text, 'triage_bot_turn_duration_seconds_bucket', { channel: 'emulator', le: '+Inf' })).toBe(8);
    expect(
      metricValue(text, 'triage_bot_tickets_created_total', { severity: 'A', category: 'technical', kind: 'triage' }),
    ).toBe(1);
    expect(metricValue(text, 'triage_bot_duplicate_activities_total', { channel: 'emulator' })).toBe(1);
    expect(metricValue(text, 'triage_bot_rate_limited_messages_total', { channel: 'emulator' })).toBe(0);
    expect(text).toContain('# TYPE triage_bot_alert_failures_total counter');
  });
});
