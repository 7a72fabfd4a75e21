// The SQLite writer thread (started by SqliteWriter, sqliteWriter.ts): its own connection to the database file does
// every write, grouped by GroupCommit, so a commit's fsync waits here and not on the thread that serves turns.
import { parentPort, workerData } from 'node:worker_threads';
import { GroupCommit } from './groupCommit';
import { SqliteStorage, SqliteTicketStore, checkSqlite, openSqliteDatabase, type SqliteOptions } from './sqlite';
import type { WriterOperations, WriterRequest, WriterResponse } from './sqliteWriter';
import { errorToWire } from './wireErrors';

const port = parentPort;
if (!port) throw new Error('sqliteWriterThread.ts runs as a worker thread (see SqliteWriter)');

const { path, options } = workerData as { path: string; options: SqliteOptions };
const db = openSqliteDatabase(path, options);
const group = new GroupCommit(db);
const state = new SqliteStorage(db);
const tickets = new SqliteTicketStore(db);

const operations: WriterOperations = {
  writeState: (changes) => group.run(() => state.writeSerialized(changes)),
  deleteState: (keys) => state.delete(keys),
  createTicket: (ticket) => group.run(() => tickets.create(ticket)),
  addFollowUp: (ticketId, entry) => group.run(() => tickets.addFollowUp(ticketId, entry)),
  check: async () => checkSqlite(db),
};

let inFlight = 0;
let closing = false;

function closeWhenIdle(): void {
  if (!closing || inFlight > 0) return;
  if (db.open) db.close();
  port!.close();
}

port.on('message', (request: WriterRequest) => {
  if (request.operation === 'close') {
    closing = true;
    closeWhenIdle();
    return;
  }
  inFlight++;
  const run = operations[request.operation] as (...args: unknown[]) => Promise<unknown>;
  Promise.resolve()
    .then(() => run(...request.args))
    .then(
      (value) => ({ id: request.id, value }),
      (error: unknown) => ({ id: request.id, error: errorToWire(error) }),
    )
    .then((response: WriterResponse) => {
      port.postMessage(response);
      inFlight--;
      closeWhenIdle();
    });
});
