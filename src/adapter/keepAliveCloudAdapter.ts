import {
  ActivityTypes,
  Channels,
  CloudAdapter,
  TurnContext,
  type Activity,
  type InvokeResponse,
  type ResourceResponse,
} from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication, ConnectorClient } from 'botframework-connector';
import type { Logger } from 'pino';
import { CachingBotFrameworkAuthentication } from './cachingAuthentication';
import { ReplyPoster } from './replyPoster';
import { tokenRejectionOf } from './tokenRejection';

export interface KeepAliveCloudAdapterOptions {
  /** Where a rejected request token is logged (one line each). */
  logger?: Pick<Logger, 'warn' | 'error'>;
  poster?: ReplyPoster;
}

/** The Authorization header the client's credentials put on a request ('' when the bot has no app id). */
async function authorizationOf(client: ConnectorClient): Promise<string> {
  let authorization = '';
  await client.credentials.signRequest({
    headers: {
      set: (name: string, value: string) => void (name.toLowerCase() === 'authorization' && (authorization = value)),
    },
  } as never);
  return authorization;
}

/**
 * CloudAdapter (same authentication, turn pipeline and error handling) with a lighter road for the bot's replies:
 * connector clients are kept between turns, and each reply is one JSON POST over a kept-alive connection to
 * {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}], signed by the same credentials botbuilder uses.
 * Updates, deletes, Teams calls and everything else still go through botbuilder's ConnectorClient.
 * A request whose token is not accepted is answered 401, or 503 when the signing keys to check it cannot be fetched,
 * with one log line (CloudAdapter would answer 500 to the latter and print each error's stack).
 */
export class KeepAliveCloudAdapter extends CloudAdapter {
  private readonly poster: ReplyPoster;
  private readonly logger?: Pick<Logger, 'warn' | 'error'>;

  constructor(authentication: BotFrameworkAuthentication, options: KeepAliveCloudAdapterOptions = {}) {
    super(new CachingBotFrameworkAuthentication(authentication));
    this.poster = options.poster ?? new ReplyPoster();
    this.logger = options.logger;
  }

  protected override processActivity(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined>;
  protected override processActivity(
    authenticateRequestResult: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined>;
  /**
   * Authenticates first, so that a token that is not accepted gets its own answer; CloudAdapter.process sends the
   * status and body returned here. The turn itself runs as CloudAdapter runs it.
   */
  protected override async processActivity(
    authorization: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    if (typeof authorization !== 'string') return super.processActivity(authorization, activity, logic);
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
    } catch (error) {
      return this.rejectToken(error, authorization);
    }
    return super.processActivity(authenticated, activity, logic);
  }

  override async sendActivities(
    context: TurnContext,
    activities: Array<Partial<Activity>>,
  ): Promise<ResourceResponse[]> {
    const client = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const url = client && postsToChannel(activity) ? replyUrlOf(client, activity) : undefined;
      if (!url) {
        // Delays, invoke responses, traces and streaming connections: as CloudAdapter does them.
        responses.push(...(await super.sendActivities(context, [activity])));
        continue;
      }
      delete activity.id;
      const answer = await this.poster.postJson(url, activity, (await authorizationOf(client!)) || undefined);
      responses.push({ id: typeof answer.id === 'string' ? answer.id : '' });
    }
    return responses;
  }

  private rejectToken(error: unknown, authorization: string): InvokeResponse {
    const { status, reason } = tokenRejectionOf(error, authorization);
    if (status === 401) {
      this.logger?.warn({ status, reason }, 'request token rejected');
      return { status, body: { code: 'Unauthorized', message: 'the request token was not accepted' } };
    }
    this.logger?.error({ status, reason }, 'request token not verified: the signing keys are unreachable');
    return {
      status,
      body: { code: 'ServiceUnavailable', message: 'the request token cannot be verified now; try again later' },
    };
  }

  /** Closes the kept-alive connections (at shutdown). */
  close(): Promise<void> {
    return this.poster.close();
  }
}

/** What CloudAdapter would POST to the channel: not a delay, an invoke response, or a trace outside the Emulator. */
function postsToChannel(activity: Partial<Activity>): boolean {
  if (activity.type === 'delay' || activity.type === ActivityTypes.InvokeResponse) return false;
  if (activity.type === ActivityTypes.Trace && activity.channelId !== Channels.Emulator) return false;
  return true;
}

/**
 * Where botbuilder's connector would POST the activity: {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}].
 * Undefined for a streaming connection (Direct Line App Service Extension), which has no HTTP URL: its client sends
 * over the socket.
 */
function replyUrlOf(client: ConnectorClient, activity: Partial<Activity>): string | undefined {
  const base = ((client as unknown as { baseUri?: string }).baseUri ?? activity.serviceUrl ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(base)) return undefined;
  const conversation = `${base}/v3/conversations/${encodeURIComponent(activity.conversation?.id ?? '')}/activities`;
  return activity.replyToId ? `${conversation}/${encodeURIComponent(activity.replyToId)}` : conversation;
}
