// (b) The ceiling: a bare Node http responder, no framework. For each activity it POSTs one reply to
// {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId} over a kept-alive agent, then answers 200.
import { Agent, createServer, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { reportReady } from './childHarness';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function postReply(serviceUrl: string, conversationId: string, replyToId: string, body: string): Promise<number> {
  const url = new URL(
    `${serviceUrl.replace(/\/$/, '')}/v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(replyToId)}`,
  );
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        if (req.method !== 'POST' || req.url !== '/api/messages') {
          res.writeHead(404).end();
          return;
        }
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const reply = JSON.stringify({
          type: 'message',
          id: randomUUID(),
          timestamp: new Date().toISOString(),
          channelId: activity.channelId,
          serviceUrl: activity.serviceUrl,
          conversation: activity.conversation,
          from: activity.recipient,
          recipient: activity.from,
          replyToId: activity.id,
          text: activity.type === 'message' ? `Echo: ${activity.text}` : 'Hello and welcome!',
        });
        const status = await postReply(activity.serviceUrl, activity.conversation.id, activity.id, reply);
        res.writeHead(status < 300 ? 200 : 502).end();
      } catch {
        res.writeHead(500).end();
      }
    })();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => reportReady(server.address()));
