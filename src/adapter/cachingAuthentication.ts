import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

const MAX_CLIENTS = 256;

/** Remembers at most `max` values; the oldest is forgotten first. */
class BoundedCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly max: number) {}
  getOrCreate(key: string, create: () => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = create();
      this.entries.set(key, value);
      if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

function appIdOf(claims: ClaimsIdentity | undefined): string {
  return (
    claims?.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims?.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** A ConnectorFactory that hands out one client per (app, service URL, audience) instead of building one a turn. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.appId}\n${serviceUrl}\n${audience ?? ''}`;
    const client = this.clients.getOrCreate(key, () => this.inner.create(serviceUrl, audience));
    client.catch(() => this.clients.delete(key));
    return client;
  }
}

/**
 * botbuilder's authentication, unchanged, except that the connector and user-token clients it creates are kept and
 * reused: CloudAdapter otherwise builds both (each with its own HTTP pipeline) on every turn. A client signs each
 * request with its credentials, whose tokens botbuilder caches and refreshes, so a kept client stays valid.
 */
export class CachingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectorClients = new BoundedCache<Promise<ConnectorClient>>(MAX_CLIENTS);
  private readonly userTokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCachingFactory(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCachingFactory(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachingConnectorFactory(
      this.inner.createConnectorFactory(claimsIdentity),
      appIdOf(claimsIdentity),
      this.connectorClients,
    );
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    const client = this.userTokenClients.getOrCreate(key, () => this.inner.createUserTokenClient(claimsIdentity));
    client.catch(() => this.userTokenClients.delete(key));
    return client;
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withCachingFactory(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (result.connectorFactory)
      result.connectorFactory = new CachingConnectorFactory(
        result.connectorFactory,
        appIdOf(result.claimsIdentity),
        this.connectorClients,
      );
    return result;
  }
}
