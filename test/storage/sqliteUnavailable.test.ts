import { join } from 'node:path';
import Database from 'better-sqlite3';
import { t } from '../../src/i18n/catalog';
import {
  EmulatorConnector,
  EmulatorUser,
  startBot,
  visibleText,
  type ReceivedReply,
  type RunningBot,
} from '../support/emulator';
import { tempDir } from '../support/processes';
import { TICKET_ID } from '../support/messages';

const text = (replies: ReceivedReply[]) => replies.map(visibleText).join('\n');

describe('SQLite that cannot be written (another process holds its write lock)', () => {
  const dir = tempDir('triage-locked-');
  let path: string;
  const connector = new EmulatorConnector();
  let bot: RunningBot;
  let locker: Database.Database | undefined;

  const lock = () => {
    locker = new Database(path);
    locker.exec('BEGIN EXCLUSIVE');
  };
  const unlock = () => {
    locker?.exec('ROLLBACK');
    locker?.close();
    locker = undefined;
  };
  const ticketCount = () => {
    const reader = new Database(path, { readonly: true });
    const { n } = reader.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number };
    reader.close();
    return n;
  };

  beforeAll(async () => {
    path = join(dir.path, 'triage.sqlite');
    bot = await startBot({ STORAGE: 'sqlite', STORAGE_PATH: path, SQLITE_BUSY_TIMEOUT_MS: '200' });
    await connector.start();
  });
  afterAll(async () => {
    unlock();
    await bot.close();
    await connector.stop();
    dir.remove();
  });

  test('the user is told, in Japanese, to send the message again; /healthz says 503; nothing is written; then it carries on', async () => {
    const user = new EmulatorUser(bot.url, connector, 'ja-JP');
    await user.join();
    expect(text(await user.say('MOC のコースウェア教材を注文したいのですが、窓口を教えてください。'))).toContain(
      t('ja', 'askCountry'),
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);

    lock();
    const during = text(await user.say('日本'));
    expect(during).toContain(t('ja', 'storageUnavailable'));
    expect(during).not.toMatch(TICKET_ID);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable' });
    unlock();

    expect(ticketCount()).toBe(0);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    // The same answer again: the conversation was still at the country question, and now the ticket is saved.
    const after = text(await user.say('日本'));
    expect(after).toMatch(TICKET_ID);
    expect(ticketCount()).toBe(1);
  });

  test('an English user gets the same message in English', async () => {
    const user = new EmulatorUser(bot.url, connector, 'en-US');
    lock();
    try {
      const during = text(await user.say('Teams calls drop every few minutes for me since this morning.'));
      expect(during).toContain(t('en', 'storageUnavailable'));
      expect(during).not.toContain(t('en', 'error'));
    } finally {
      unlock();
    }
  });
});
