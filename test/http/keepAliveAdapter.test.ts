import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  TokenCredentials,
  type AuthenticateRequestResult,
  type UserTokenClient,
} from 'botframework-connector';
import { KeepAliveCloudAdapter } from '../../src/adapter/keepAliveCloudAdapter';

/** Authentication as a channel with an app id would have it: every client signs with a bearer token. */
class SigningAuthentication extends BotFrameworkAuthentication {
  connectorsCreated = 0;
  private readonly claims = new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: 'app-1' }], true);

  async authenticateRequest(): Promise<AuthenticateRequestResult> {
    return {
      audience: 'https://api.botframework.com',
      claimsIdentity: this.claims,
      connectorFactory: this.createConnectorFactory(),
    };
  }
  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    return this.authenticateRequest();
  }
  createConnectorFactory(): ConnectorFactory {
    const countConnector = () => this.connectorsCreated++;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string): Promise<ConnectorClient> {
        countConnector();
        return new ConnectorClient(new TokenCredentials('token-for-app-1'), { baseUri: serviceUrl });
      }
    })();
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    return {} as UserTokenClient;
  }
}

describe('KeepAliveCloudAdapter', () => {
  let channel: Server;
  const received: Array<{ url?: string; headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];
  const authentication = new SigningAuthentication();
  const adapter = new KeepAliveCloudAdapter(authentication);
  beforeAll(async () => {
    channel = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        received.push({ url: req.url, headers: req.headers, body: JSON.parse(body) as Record<string, unknown> });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"posted-${received.length}"}`);
      });
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await adapter.close();
    await new Promise<void>((resolve) => channel.close(() => resolve()));
  });

  const activity = (id: string): Activity =>
    ({
      type: 'message',
      id,
      text: 'hello',
      channelId: 'msteams',
      serviceUrl: `http://127.0.0.1:${(channel.address() as AddressInfo).port}/teams/`,
      conversation: { id: '19:abc;messageid=1' },
      from: { id: 'user-1' },
      recipient: { id: 'bot-1' },
    }) as Activity;

  test("replies are posted to the channel's reply URL, signed with the credentials' token, and answer with its id", async () => {
    let ids: string[] = [];
    await adapter.processActivityDirect('Bearer inbound', activity('act-1'), async (context) => {
      ids = (
        await context.sendActivities([
          { type: 'message', text: 'first' },
          { type: 'message', text: 'second' },
        ])
      ).map((r) => r.id);
    });
    expect(received.map((r) => r.url)).toEqual([
      '/teams/v3/conversations/19%3Aabc%3Bmessageid%3D1/activities/act-1',
      '/teams/v3/conversations/19%3Aabc%3Bmessageid%3D1/activities/act-1',
    ]);
    expect(received.map((r) => r.headers.authorization)).toEqual(['Bearer token-for-app-1', 'Bearer token-for-app-1']);
    expect(received.map((r) => r.body.text)).toEqual(['first', 'second']);
    expect(received[0].body).toEqual(
      expect.objectContaining({ replyToId: 'act-1', recipient: { id: 'user-1' }, from: { id: 'bot-1' } }),
    );
    expect(ids).toEqual(['posted-1', 'posted-2']);
  });

  test('the connector client is made once and kept for later turns to the same service URL', async () => {
    const before = authentication.connectorsCreated;
    for (const id of ['act-2', 'act-3', 'act-4'])
      await adapter.processActivityDirect(
        'Bearer inbound',
        activity(id),
        async (context) => void (await context.sendActivity('again')),
      );
    expect(authentication.connectorsCreated - before).toBeLessThanOrEqual(1); // 0 when an earlier turn made it
  });

  test('what CloudAdapter never posts (a trace outside the Emulator) is left to it and not posted', async () => {
    const before = received.length;
    await adapter.processActivityDirect('Bearer inbound', activity('act-5'), async (context) => {
      await context.sendActivity({ type: 'trace', name: 'debug', value: { step: 1 } });
    });
    expect(received.length).toBe(before);
  });
});
