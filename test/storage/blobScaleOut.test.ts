import { ContainerClient } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { NEW_ITEM_ETAG } from '../../src/storage/etagReporting';
import { t } from '../../src/i18n/catalog';
import { isETagConflict } from '../../src/storage/etag';
import { BlobStateStorage, BlobTicketStore } from '../../src/storage/blob';
import { StorageUnavailableError } from '../../src/storage/errors';
import { TicketExistsError } from '../../src/tickets/ticketStore';
import type { Ticket } from '../../src/tickets/ticket';
import { EmulatorConnector, EmulatorUser, visibleText, type ReceivedReply } from '../support/emulator';
import {
  azuriteConnectionString,
  freePort,
  startAzurite,
  startBotProcess,
  tempDir,
  type Child,
} from '../support/processes';
import { TICKET_ID } from '../support/messages';

const text = (replies: ReceivedReply[]) => replies.map(visibleText).join('\n');
const OUTAGE =
  'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.';

function ticket(id: string, userId: string, createdAt: string, description: string): Ticket {
  return {
    id,
    kind: 'triage',
    createdAt,
    user: { id: userId },
    conversationId: 'c',
    channelId: 'emulator',
    locale: 'ja',
    description,
    transcript: [],
  };
}

/** A user whose messages go to whichever bot process `target` names at the time. */
function userOn(bots: { url: string }[], connector: EmulatorConnector, locale: string) {
  let target = 0;
  const users = bots.map((bot) => new EmulatorUser(bot.url, connector, locale));
  // Every EmulatorUser has its own ids; make them one user in one conversation.
  for (const user of users.slice(1))
    Object.assign(user, {
      conversationId: users[0].conversationId,
      userId: (users[0] as unknown as { userId: string }).userId,
    });
  return {
    on(index: number) {
      target = index;
      return users[target];
    },
  };
}

describe('Azure Blob Storage, against Azurite started by the test', () => {
  const dir = tempDir('triage-azurite-');
  const children: Child[] = [];
  const connector = new EmulatorConnector();
  let azurite: Child;
  let port: number;
  let connectionString: string;

  beforeAll(async () => {
    port = await freePort();
    azurite = await startAzurite(port, dir.path);
    connectionString = azuriteConnectionString(port);
    await connector.start();
  }, 60_000);
  afterAll(async () => {
    for (const child of children) await child.stop();
    await azurite?.stop();
    await connector.stop();
    dir.remove();
  });

  const startBlobBot = async (extra: Record<string, string> = {}) => {
    const bot = await startBotProcess({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: connectionString, ...extra });
    children.push(bot);
    return bot;
  };

  test('tickets: one blob each, never overwritten, listed per user newest first, Japanese text intact', async () => {
    const tickets = BlobTicketStore.fromConnectionString(connectionString, 'unit-tickets');
    await tickets.create(
      ticket('TRG-20261121-AAAAA', 'u1', '2026-11-21T01:00:00.000Z', '全社でメールが送受信できません'),
    );
    await tickets.create(ticket('TRG-20261123-BBBBB', 'u1', '2026-11-23T01:00:00.000Z', 'second'));
    await tickets.create(ticket('TRG-20261122-CCCCC', 'u2', '2026-11-22T01:00:00.000Z', 'someone else'));

    await expect(
      tickets.create(ticket('TRG-20261121-AAAAA', 'u2', '2026-11-24T01:00:00.000Z', 'overwrite?')),
    ).rejects.toBeInstanceOf(TicketExistsError);
    // The same ticket written again (a re-run, a second process; a moment later): the stored one is the answer.
    const again = await tickets.create(ticket('TRG-20261123-BBBBB', 'u1', '2026-11-23T01:00:00.250Z', 'second'));
    expect(again).toMatchObject({ created: false, ticket: { createdAt: '2026-11-23T01:00:00.000Z' } });
    expect(await tickets.get('TRG-20261121-AAAAA')).toMatchObject({
      user: { id: 'u1' },
      description: '全社でメールが送受信できません',
    });
    expect((await tickets.listForUser('u1', 10)).map((x) => x.id)).toEqual([
      'TRG-20261123-BBBBB',
      'TRG-20261121-AAAAA',
    ]);
    expect((await tickets.listForUser('u1', 1)).map((x) => x.id)).toEqual(['TRG-20261123-BBBBB']);
    // The refused duplicate left an index entry for u2; it does not show u1's ticket to u2.
    expect((await tickets.listForUser('u2', 10)).map((x) => x.id)).toEqual(['TRG-20261122-CCCCC']);
    expect(await tickets.get('TRG-20260101-ZZZZZ')).toBeUndefined();

    const blobs: string[] = [];
    for await (const blob of new ContainerClient(connectionString, 'unit-tickets').listBlobsFlat({
      prefix: 'tickets/',
    }))
      blobs.push(blob.name);
    expect(blobs.sort()).toEqual([
      'tickets/TRG-20261121-AAAAA.json',
      'tickets/TRG-20261122-CCCCC.json',
      'tickets/TRG-20261123-BBBBB.json',
    ]);
  });

  test('state: a write with a stale eTag is refused as a conflict, a new item is created once; "*" is last write wins', async () => {
    const storage = new BlobStateStorage(connectionString, 'unit-state');
    await storage.write({ k: { v: 1 } });
    const { k } = await storage.read(['k']);
    await storage.write({ k: { v: 2, eTag: k.eTag } });
    const stale = storage.write({ k: { v: 3, eTag: k.eTag } });
    await expect(stale).rejects.toThrow(/eTag conflict/);
    await stale.catch((error: unknown) => expect(isETagConflict(error)).toBe(true));
    await storage.write({ k: { v: 4, eTag: '*' } });
    expect((await storage.read(['k'])).k.v).toBe(4);

    // Written only if new: the first creator wins, the second is refused as a conflict.
    await storage.write({ fresh: { v: 'first', eTag: NEW_ITEM_ETAG } });
    const second = storage.write({ fresh: { v: 'second', eTag: NEW_ITEM_ETAG } });
    await expect(second).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['fresh'])).fresh.v).toBe('first');
    // Each write reports the eTag it produced.
    const reported = await storage.writeReportingETags({ fresh: { v: 'third', eTag: '*' } });
    expect((await storage.read(['fresh'])).fresh.eTag).toBe(reported.fresh);
  });

  test('state written by earlier versions (botbuilder-azure-blobs BlobsStorage) is found under the same keys', async () => {
    const key = 'emulator/conversations/conv-1|a b';
    await new BlobsStorage(connectionString, 'unit-state-compat').write({ [key]: { step: 'plan' } });
    const storage = new BlobStateStorage(connectionString, 'unit-state-compat');
    const { [key]: item } = await storage.read([key]);
    expect(item.step).toBe('plan');
    await storage.write({ [key]: { step: 'channel', eTag: item.eTag } });
    expect((await new BlobsStorage(connectionString, 'unit-state-compat').read([key]))[key]).toMatchObject({
      step: 'channel',
    });
  });

  test('two bot processes sharing one store: a conversation begun on one continues on the other', async () => {
    const bots = [await startBlobBot(), await startBlobBot()];
    expect(bots[0].url).not.toBe(bots[1].url);
    const user = userOn(bots, connector, 'en-US');

    await user.on(0).join();
    expect(text(await user.on(0).say(OUTAGE))).toContain(t('en', 'askSeverityConfirm'));
    expect(text(await user.on(1).say(t('en', 'severityAgree')))).toContain(t('en', 'askPlan'));
    expect(text(await user.on(0).say('Microsoft 365 Business Standard'))).toContain(t('en', 'askChannel'));
    const ticketId = text(await user.on(1).say(t('en', 'channel.csp'))).match(TICKET_ID)?.[0];
    expect(ticketId).toBeDefined();

    // Written by process 2, read by process 1.
    const status = text(await user.on(0).say(`status ${ticketId}`));
    expect(status).toContain(ticketId);
    expect(status).not.toContain(t('en', 'statusNotFound', { id: ticketId! }));
    expect(text(await user.on(1).say('my tickets'))).toContain(ticketId);
    for (const bot of bots) expect((await bot.kill('SIGTERM')).code).toBe(0);
  }, 180_000);

  test('Azurite stopped mid-run: "try again" in the user\'s language, /healthz 503, nothing half-written; restarted: the user carries on', async () => {
    const bot = await startBlobBot();
    const user = new EmulatorUser(bot.url, connector, 'ja-JP');
    await user.join();
    expect(text(await user.say('MOC のコースウェア教材を注文したいのですが、窓口を教えてください。'))).toContain(
      t('ja', 'askCountry'),
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);

    expect((await azurite.kill('SIGTERM')).code).not.toBeNull();
    const during = text(await user.say('日本'));
    expect(during).toContain(t('ja', 'storageUnavailable'));
    expect(during).not.toMatch(TICKET_ID);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(503);
    // The store itself says why: the pipeline's retries gave up, nothing was acknowledged.
    await expect(
      BlobTicketStore.fromConnectionString(connectionString, 'tickets').get('TRG-20261123-AAAAA'),
    ).rejects.toBeInstanceOf(StorageUnavailableError);

    azurite = await startAzurite(port, dir.path);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const after = text(await user.say('日本'));
    const ticketId = after.match(TICKET_ID)?.[0];
    expect(ticketId).toBeDefined();

    // Exactly one ticket for this conversation, and it reads back.
    const tickets = BlobTicketStore.fromConnectionString(connectionString, 'tickets');
    const mine = (await tickets.listForUser((user as unknown as { userId: string }).userId, 10)).filter(
      (x) => x.conversationId === user.conversationId,
    );
    expect(mine.map((x) => x.id)).toEqual([ticketId]);
    expect((await bot.kill('SIGTERM')).code).toBe(0);
  }, 180_000);
});
