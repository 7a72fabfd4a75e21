// (c) This bot, exactly as the composition root builds it: buildApp(loadConfig(env)) with its default store
// (STORAGE_PATH points into the bench's temp dir). Answers memory samples with the store's own counts where it can.
import { buildApp } from '../../src/index';
import { loadConfig } from '../../src/config';
import { reportReady } from './childHarness';

const app = buildApp(loadConfig(process.env));

/** Counts what the store holds, for stores that keep it in memory (MemoryStorage, MemoryTicketStore). */
function storeStats(): Record<string, unknown> {
  const stats: Record<string, unknown> = { storage: (app as { storage?: object }).storage?.constructor?.name };
  const memory = (app.storage as unknown as { memory?: Record<string, string> }).memory;
  if (memory && typeof memory === 'object') {
    let conversations = 0;
    let users = 0;
    let conversationBytes = 0;
    let userBytes = 0;
    for (const [key, value] of Object.entries(memory)) {
      const bytes = Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));
      if (key.includes('/conversations/')) {
        conversations++;
        conversationBytes += bytes;
      } else if (key.includes('/users/')) {
        users++;
        userBytes += bytes;
      }
    }
    Object.assign(stats, { conversations, users, conversationBytes, userBytes });
  }
  const tickets = app.services?.tickets as unknown as { byId?: Map<string, unknown>; constructor?: { name?: string } };
  stats.ticketStore = tickets?.constructor?.name;
  if (tickets?.byId instanceof Map) {
    let ticketBytes = 0;
    for (const ticket of tickets.byId.values()) ticketBytes += Buffer.byteLength(JSON.stringify(ticket));
    Object.assign(stats, { tickets: tickets.byId.size, ticketBytes });
  }
  return stats;
}

app.server.listen(0, '127.0.0.1', () => reportReady(app.server.address() as never, storeStats));
