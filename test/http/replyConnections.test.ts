import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorUser, startBot, useRunningBot, type RunningBot } from '../support/emulator';
import { playTechnicalTriage } from '../support/triageScript';

describe("the bot's replies to the channel", () => {
  const server = useRunningBot();
  const connector = server.connector;

  test('the replies of a whole triage reuse kept-alive connections instead of opening one each', async () => {
    const before = connector.connections;
    let replies = 0;
    const counting = {
      get url() {
        return connector.url;
      },
      take: (id: string) => {
        const taken = connector.take(id);
        replies += taken.length;
        return taken;
      },
    };
    const user = new EmulatorUser(server.bot().url, counting as never, 'en-US');
    await playTechnicalTriage(
      user,
      'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.',
    );
    expect(replies).toBeGreaterThanOrEqual(10);
    expect(connector.connections - before).toBeLessThanOrEqual(2);
  });
});

describe('a channel that refuses replies outright (400: not throttling, not a brief outage)', () => {
  let channel: Server;
  let bot: RunningBot;
  let refusals = 0;
  beforeAll(async () => {
    channel = createServer((req, res) => {
      req.resume();
      refusals++;
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"BadArgument"}}');
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.close();
    await new Promise<void>((resolve) => channel.close(() => resolve()));
  });

  test('the refused reply fails the turn, the apology is tried too, and the server keeps running', async () => {
    const url = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
    const user = new EmulatorUser(bot.url, { url } as never, 'en-US');
    const response = await user.post({ type: 'message', text: 'hello' });
    // The turn error handler took the failure (as with botbuilder's own CloudAdapter): no stack trace goes back.
    expect(response.status).toBe(200);
    expect(await response.text()).not.toMatch(/at .*\.ts:\d+/);
    expect(refusals).toBe(2); // the answer, then the apology

    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
