import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';
import { choiceButtons, click } from '../support/cardButtons';

describe('a technical triage, end to end', () => {
  test('English: a company-wide outage is Severity A, answered with a 1-hour response and a ticket', async () => {
    const harness = createHarness();
    await play(harness, [
      {
        user: {
          type: 'conversationUpdate',
          membersAdded: [{ id: 'user1', name: 'User' }],
          recipient: { id: 'bot', name: 'Bot' },
        },
        bot: [en('welcome')],
      },
      { user: 'hi', bot: [en('askDescription')] },
      {
        user: 'Since 8am nobody in the company can send or receive email in Exchange Online, the web version fails too; the whole business is stuck.',
        bot: [/\*\*Technical support\*\*/, /Severity A/, en('askSeverityConfirm')],
      },
      { user: en('severityAgree'), bot: [en('askPlan')] },
      { user: 'Enterprise E3 (Office 365 E3)', bot: [en('askChannel')] },
      { user: en('channel.direct'), bot: [/1 hour/, TICKET_ID, en('alertSent')] },
    ]);
    expect(harness.alerter.alerted).toHaveLength(1);
    expect(harness.alerter.alerted[0].severity?.bot).toBe('A');
  });

  test('Japanese: the first message already describes the problem, so it is not asked again', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      {
        user: '今朝から全社でTeamsにサインインできません。Web版もだめで、全員が業務を止めています。',
        bot: [/\*\*テクニカル/, /重大度 A/, ja('askSeverityConfirm')],
      },
      { user: ja('severityAgree'), bot: [ja('askPlan')] },
    ]);
  });

  test('English: what the description leaves open is asked with buttons, and the answers decide the severity', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: 'Outlook crashes when I open the calendar', bot: [en('askScope')] },
      { user: en('scopeOne'), bot: [en('askWorkaround')] },
      { user: en('yes'), bot: [/Severity C/, en('askSeverityConfirm')] },
    ]);
  });

  test('Japanese: a user who disagrees sets their own severity, and both are recorded with the reason', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: 'Outlook の予定表を開くと Outlook が落ちます', bot: [ja('askScope')] },
      { user: ja('scopeOne'), bot: [ja('askWorkaround')] },
      { user: ja('yes'), bot: [/重大度 C/, ja('askSeverityConfirm')] },
      { user: ja('severityChange'), bot: [ja('askSeverityOverride')] },
      { user: 'B', bot: [ja('askOverrideReason')] },
      {
        user: '役員会議の準備で予定表が必須です',
        bot: [ja('severityOverridden', { user: 'B', bot: 'C' }), ja('askPlan')],
      },
      { user: 'Microsoft 365 Business Standard', bot: [ja('askChannel')] },
      { user: ja('channel.direct'), bot: [/お客様の判断。ボットの判断は C/, TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.severity).toMatchObject({ bot: 'C', user: 'B', userReason: '役員会議の準備で予定表が必須です' });
  });

  test('English: a CSP customer is sent to their partner first, with the configured partner contact', async () => {
    const harness = createHarness({ partnerContact: { name: 'Contoso Cloud Partners', phone: '+81 3 0000 0000' } });
    await play(harness, [
      { user: 'Exchange Online mail is down for everyone in the company', bot: [en('askWorkaround')] },
      { user: en('no'), bot: [/Severity A/, en('askSeverityConfirm')] },
      { user: en('severityAgree'), bot: [en('askPlan')] },
      { user: 'Microsoft 365 Business Basic', bot: [en('askChannel')] },
      { user: en('channel.csp'), bot: [/partner/i, 'Contoso Cloud Partners', TICKET_ID] },
    ]);
  });

  test('English: the plan and channel are remembered for the next ticket', async () => {
    const harness = createHarness();
    await play(harness, [
      {
        user: 'SharePoint is down for every user in the company and there is no other way to get to the files',
        bot: [en('askSeverityConfirm')],
      },
      { user: en('severityAgree'), bot: [en('askPlan')] },
      { user: 'Microsoft 365 Business Basic', bot: [en('askChannel')] },
      { user: en('channel.volume'), bot: [TICKET_ID] },
      {
        user: 'SharePoint is down for every user in the company again, and there is no other way to get to the files',
        bot: [en('askSeverityConfirm')],
      },
      { user: en('severityAgree'), bot: [/Last time you told me: \*\*Microsoft 365 Business Basic\*\*/] },
      { user: en('rememberedSame'), bot: [TICKET_ID] },
    ]);
  });

  test('English: a clicked button posts only its value, and the dialog takes it as the answer', async () => {
    const harness = createHarness();
    const [replies] = await play(harness, [
      {
        user: 'SharePoint is down for every user in the company and there is no other way to get to the files',
        bot: [en('askSeverityConfirm')],
      },
    ]);
    const agree = choiceButtons(replies).find((b) => b.title === en('severityAgree'))!;
    await play(harness, [{ user: click(agree), bot: [en('askPlan')] }]);
  });
});
