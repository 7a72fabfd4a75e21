// Prints a whole triage as the Bot Framework Emulator would see it, over real HTTP against the real server:
//   npx tsx scripts/emulator-demo.ts en|ja
// The bot's replies are collected by a local serviceUrl, exactly as the Emulator receives them.
import { LOAD_SCRIPTS, type ConversationScript } from '../bench/load/scripts';
import { EmulatorConnector, EmulatorUser, startBot, visibleText } from '../test/support/emulator';

// The same scripted triages the load bench plays: a technical outage bought through a CSP partner (en) and MOC
// courseware for Switzerland, which has two rows (ja).
const SCRIPTS: Record<string, ConversationScript | undefined> = {
  en: LOAD_SCRIPTS.find((script) => script.name === 'en-technical-csp'),
  ja: LOAD_SCRIPTS.find((script) => script.name === 'ja-courseware-ch'),
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
