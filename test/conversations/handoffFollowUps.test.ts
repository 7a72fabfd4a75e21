import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness, replyText } from '../support/botHarness';
import { play } from '../support/transcript';
import { StorageUnavailableError } from '../../src/storage/errors';

const idIn = (replies: Array<{ text?: string }>) =>
  (replies
    .map((r) => r.text ?? '')
    .join(' ')
    .match(TICKET_ID) ?? [''])[0];

describe('messages after a hand-off reach the hand-off ticket', () => {
  test('English: two follow-ups are on the ticket, and "status <id>" shows them', async () => {
    const harness = createHarness();
    const [handedOff] = await play(harness, [{ user: 'can I talk to a human?', bot: [TICKET_ID] }]);
    const id = idIn(handedOff);
    await play(harness, [
      { user: 'Outlook crashes every time I open a PDF attachment', bot: [en('handoffFollowUp', { id })] },
      { user: 'it started after yesterday’s update, all 30 of us', bot: [en('handoffFollowUp', { id })] },
    ]);
    const stored = await harness.tickets.get(id);
    expect(stored?.followUps?.map((f) => f.text)).toEqual([
      'Outlook crashes every time I open a PDF attachment',
      'it started after yesterday’s update, all 30 of us',
    ]);
    const [status] = await play(harness, [
      {
        user: `status ${id}`,
        bot: [
          (a) =>
            replyText(a).includes(en('handoff.card.followUps')) &&
            replyText(a).includes('Outlook crashes every time I open a PDF attachment') &&
            replyText(a).includes('all 30 of us'),
        ],
      },
    ]);
    expect(status.map(replyText).join('\n')).not.toContain(en('handoffFollowUp', { id }));
  });

  test('Japanese: 引き継ぎ後の2件のメッセージがチケットに追記され、「ステータス <番号>」で表示される', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    const [handedOff] = await play(harness, [{ user: 'オペレーターにつないでください', bot: [TICKET_ID] }]);
    const id = idIn(handedOff);
    await play(harness, [
      { user: 'Teams の会議に参加できません', bot: [ja('handoffFollowUp', { id })] },
      { user: '昨日の更新のあとから、部署の全員です', bot: [ja('handoffFollowUp', { id })] },
      {
        user: `ステータス ${id}`,
        bot: [
          (a) =>
            replyText(a).includes(ja('handoff.card.followUps')) &&
            replyText(a).includes('Teams の会議に参加できません') &&
            replyText(a).includes('部署の全員です'),
        ],
      },
    ]);
    expect((await harness.tickets.get(id))?.followUps).toHaveLength(2);
  });

  test('English: the store unavailable, the bot says the message has not reached anyone and adds it next time', async () => {
    const harness = createHarness();
    const [handedOff] = await play(harness, [{ user: 'real person please', bot: [TICKET_ID] }]);
    const id = idIn(handedOff);
    const outage = jest
      .spyOn(harness.tickets, 'addFollowUp')
      .mockRejectedValueOnce(new StorageUnavailableError('ticket follow-up', new Error('disk gone')));
    const [refused] = await play(harness, [
      { user: 'the VPN drops every ten minutes', bot: [en('handoff.followUpNotSaved', { id })] },
    ]);
    expect(refused.map(replyText).join('\n')).not.toContain(en('handoffFollowUp', { id }));
    expect((await harness.tickets.get(id))?.followUps ?? []).toHaveLength(0);
    await play(harness, [
      { user: 'only on the office wifi', bot: [en('handoff.followUpsCaughtUp', { id, count: '1' })] },
    ]);
    outage.mockRestore();
    expect((await harness.tickets.get(id))?.followUps?.map((f) => f.text)).toEqual([
      'the VPN drops every ten minutes',
      'only on the office wifi',
    ]);
  });

  test('Japanese: 保存できないときは届いていないと伝え、次のメッセージで追記する', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    const [handedOff] = await play(harness, [{ user: '担当者と話したいです', bot: [TICKET_ID] }]);
    const id = idIn(handedOff);
    const outage = jest
      .spyOn(harness.tickets, 'addFollowUp')
      .mockRejectedValueOnce(new StorageUnavailableError('ticket follow-up', new Error('disk gone')));
    await play(harness, [
      { user: 'VPN が10分ごとに切れます', bot: [ja('handoff.followUpNotSaved', { id })] },
      { user: '社内 Wi-Fi のときだけです', bot: [ja('handoff.followUpsCaughtUp', { id, count: '1' })] },
    ]);
    outage.mockRestore();
    expect((await harness.tickets.get(id))?.followUps?.map((f) => f.text)).toEqual([
      'VPN が10分ごとに切れます',
      '社内 Wi-Fi のときだけです',
    ]);
  });
});
