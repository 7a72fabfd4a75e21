import { join } from 'node:path';
import { t } from '../../src/i18n/catalog';
import { EmulatorConnector, EmulatorUser, startBot, visibleText, type ReceivedReply } from '../support/emulator';
import { TICKET_ID } from '../support/messages';
import { tempDir } from '../support/processes';

const allText = (replies: ReceivedReply[]) => replies.map(visibleText).join('\n');

describe('hand-off follow-ups over the Emulator protocol (SQLite store)', () => {
  const connector = new EmulatorConnector();
  const dir = tempDir('handoff-follow-ups-');
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    await connector.start();
    bot = await startBot({ STORAGE: 'sqlite', STORAGE_PATH: join(dir.path, 'triage.sqlite') });
  });
  afterAll(async () => {
    await bot?.close();
    await connector.stop();
    dir.remove();
  });

  test('English: two messages after "talk to a person" are on the ticket "status <id>" shows', async () => {
    const user = new EmulatorUser(bot.url, connector, 'en-US');
    await user.join();
    const id = allText(await user.say('can I talk to a human?')).match(TICKET_ID)![0];
    expect(allText(await user.say('SharePoint says access denied on our team site'))).toContain(
      t('en', 'handoffFollowUp', { id }),
    );
    expect(allText(await user.say('only for the new starters, since Monday'))).toContain(
      t('en', 'handoffFollowUp', { id }),
    );
    const card = allText(await user.say(`status ${id}`));
    expect(card).toContain(t('en', 'handoff.card.followUps'));
    expect(card).toContain('SharePoint says access denied on our team site');
    expect(card).toContain('only for the new starters, since Monday');
  });

  test('Japanese: 引き継ぎ後の2件が「ステータス <番号>」のカードに表示される', async () => {
    const user = new EmulatorUser(bot.url, connector, 'ja-JP');
    await user.join();
    const id = allText(await user.say('人と話したい')).match(TICKET_ID)![0];
    expect(allText(await user.say('OneDrive の同期が止まっています'))).toContain(t('ja', 'handoffFollowUp', { id }));
    expect(allText(await user.say('今朝から、私の PC だけです'))).toContain(t('ja', 'handoffFollowUp', { id }));
    const card = allText(await user.say(`ステータス ${id}`));
    expect(card).toContain(t('ja', 'handoff.card.followUps'));
    expect(card).toContain('OneDrive の同期が止まっています');
    expect(card).toContain('今朝から、私の PC だけです');
  });
});
