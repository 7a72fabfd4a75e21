// Prints a whole triage as the Bot Framework Emulator would see it, over real HTTP against the real server:
//   npx tsx scripts/emulator-demo.ts en|ja
// The bot's replies are collected by a local serviceUrl, exactly as the Emulator receives them.
import { EmulatorConnector, EmulatorUser, startBot, visibleText } from '../test/support/emulator';

const SCRIPTS: Record<string, { locale: string; lines: string[] }> = {
  en: {
    locale: 'en-US',
    lines: [
      'hi',
      'Outlook on the web shows a blank page after sign-in for all 120 people in our office since 9am; nobody can read mail.',
      'No',
      'Yes, that fits',
      'Microsoft 365 Business Standard',
      'Through a CSP partner',
    ],
  },
  ja: {
    locale: 'ja-JP',
    lines: ['こんにちは', 'MOC の公式コースウェアのトレーナー用キットを注文したいのですが、窓口はどこですか。', 'スイス', 'スイス (ドイツ語)'],
  },
};

async function main(): Promise<void> {
  const script = SCRIPTS[process.argv[2] ?? 'en'];
  if (!script) throw new Error('usage: emulator-demo.ts en|ja');
  const bot = await startBot();
  const connector = new EmulatorConnector();
  await connector.start();
  try {
    const user = new EmulatorUser(bot.url, connector, script.locale);
    const show = (replies: Awaited<ReturnType<EmulatorUser['say']>>) =>
      replies.filter((r) => r.type === 'message').forEach((r) => console.log(`bot> ${visibleText(r).replace(/\n/g, '\n     ')}`));
    show(await user.join());
    for (const line of script.lines) {
      console.log(`\nuser> ${line}`);
      show(await user.say(line));
    }
  } finally {
    await bot.close();
    await connector.stop();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
