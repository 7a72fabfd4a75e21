// Prints a whole triage as the Bot Framework Emulator would see it, over real HTTP against the real server:
//   npx tsx scripts/emulator-demo.ts en|ja            the load bench's scripted triage (answers as button titles)
//   npx tsx scripts/emulator-demo.ts en|ja --typed N  persona N (1-3) of the typed-triage tests: every answer in words
// The bot's replies are collected by a local serviceUrl, exactly as the Emulator receives them.
import { LOAD_SCRIPTS, type ConversationScript } from '../bench/load/scripts';
import { EmulatorConnector, EmulatorUser, startBot, visibleText, type ReceivedReply } from '../test/support/emulator';
import { TYPED_PERSONAS, playTypedTriage } from '../test/support/typedTriages';

// The same scripted triages the load bench plays: a technical outage bought through a CSP partner (en) and MOC
// courseware for Switzerland, which has two rows (ja).
const SCRIPTS: Record<string, ConversationScript | undefined> = {
  en: LOAD_SCRIPTS.find((script) => script.name === 'en-technical-csp'),
  ja: LOAD_SCRIPTS.find((script) => script.name === 'ja-courseware-ch'),
};

const shown = (replies: ReceivedReply[]) =>
  replies.filter((r) => r.type === 'message').map((r) => visibleText(r).replace(/\n/g, '\n     '));

async function playScript(user: EmulatorUser, script: ConversationScript): Promise<void> {
  for (const line of script.lines) {
    console.log(`\nuser> ${line}`);
    for (const reply of shown(await user.say(line))) console.log(`bot> ${reply}`);
  }
}

async function playTyped(user: EmulatorUser, locale: string, index: number): Promise<void> {
  const persona = TYPED_PERSONAS.filter((p) => p.locale === locale)[index - 1];
  if (!persona) throw new Error('usage: emulator-demo.ts en|ja --typed 1-3');
  console.log(`user> ${persona.description}`);
  const { transcript } = await playTypedTriage(persona, async (text) => shown(await user.say(text)));
  console.log(transcript.join('\n'));
}

async function main(): Promise<void> {
  const locale = process.argv[2] ?? 'en';
  const script = SCRIPTS[locale];
  if (!script) throw new Error('usage: emulator-demo.ts en|ja [--typed N]');
  const typed = process.argv.indexOf('--typed');
  const bot = await startBot();
  const connector = new EmulatorConnector();
  await connector.start();
  try {
    const user = new EmulatorUser(bot.url, connector, script.locale);
    for (const reply of shown(await user.join())) console.log(`bot> ${reply}`);
    if (typed >= 0) await playTyped(user, locale, Number(process.argv[typed + 1] ?? 1));
    else await playScript(user, script);
  } finally {
    await bot.close();
    await connector.stop();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
