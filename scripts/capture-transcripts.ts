// Prints whole conversations over the Emulator protocol against the real server, as a person reads them:
//   npx tsx scripts/capture-transcripts.ts   (the CSP technical and billing cards, a Severity A triage with and
//   without an alert target, in English and Japanese), for release notes and reviews.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorConnector, EmulatorUser, startBot, visibleText } from '../test/support/emulator';

type Script = { title: string; locale: string; env?: Record<string, string>; lines: string[] };

const SCRIPTS: Script[] = [
  {
    title: 'CSP technical (English)',
    locale: 'en-US',
    lines: [
      'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.',
      'yes',
      'business standard',
      'we bought it through a CSP partner',
    ],
  },
  {
    title: 'CSP technical (Japanese)',
    locale: 'ja-JP',
    lines: [
      '今朝から全社でTeamsにサインインできません。Web版もだめで、全員が業務を止めています。',
      'はい',
      'Business Standard です',
      'CSP パートナー経由です',
    ],
  },
  {
    title: 'CSP billing (English)',
    locale: 'en-US',
    lines: ['We were charged twice on this month’s invoice for our subscription.', 'through our reseller'],
  },
  {
    title: 'CSP billing (Japanese)',
    locale: 'ja-JP',
    lines: ['今月の請求書で同じサブスクリプションが二重に請求されています。', '販売代理店から買いました'],
  },
  {
    title: 'Severity A, no alert target (English)',
    locale: 'en-US',
    lines: [
      'Exchange Online is down for the whole company, nobody can send or receive mail, no workaround.',
      'yep',
      'E3',
      'directly from Microsoft',
    ],
  },
  {
    title: 'Severity A, alert webhook configured (Japanese)',
    locale: 'ja-JP',
    env: { ALERT_WEBHOOK_URL: 'WEBHOOK' },
    lines: [
      '全社で Exchange Online のメールが送受信できません。Web版もだめで、業務が止まっています。',
      'はい',
      'E3',
      '直接購入しました',
    ],
  },
];

async function main(): Promise<void> {
  const received: string[] = [];
  const hook = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(body);
      res.end('{}');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  for (const script of SCRIPTS) {
    const env = Object.fromEntries(
      Object.entries(script.env ?? {}).map(([k, v]) => [k, v === 'WEBHOOK' ? hookUrl : v]),
    );
    const bot = await startBot(env);
    const connector = new EmulatorConnector();
    await connector.start();
    const user = new EmulatorUser(bot.url, connector, script.locale);
    console.log(`### ${script.title}\n\n\`\`\`text`);
    await user.join();
    for (const line of script.lines) {
      console.log(`USER> ${line}`);
      for (const reply of await user.say(line)) console.log(`BOT>  ${visibleText(reply).replace(/\n/g, '\n      ')}`);
    }
    await bot.app.alerter.settled();
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    console.log(
      metrics
        .split('\n')
        .filter((l) => /^triage_bot_alert/.test(l))
        .join('\n') || '(no alert metrics)',
    );
    console.log('```\n');
    await connector.stop?.();
    await bot.close();
  }
  console.log(`webhook received ${received.length} alert(s)`);
  hook.close();
}

void main();
