import { EmulatorConnector, EmulatorUser, startBot, visibleText } from '../test/support/emulator';
(async () => {
  const bot = await startBot({ LOG_LEVEL: 'silent' } as any);
  const c = new EmulatorConnector(); await c.start();
  const u = new EmulatorUser(bot.url, c, 'ja-JP');
  await u.join();
  for (const s of process.argv.slice(2)) {
    console.log('USER>', s);
    for (const r of await u.say(s)) console.log('BOT>', JSON.stringify(r).slice(0, 700));
  }
  await bot.close(); await c.stop();
})();
