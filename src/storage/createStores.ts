import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config';
import { MemoryTicketStore, type TicketStore } from '../tickets/ticketStore';
import { BlobStateStorage, BlobTicketStore } from './blob';
import { StorageUnavailableError } from './errors';
import { GroupCommit, GroupCommitStorage, GroupCommitTicketStore } from './groupCommit';
import { SqliteStorage, SqliteTicketStore, checkSqlite, openSqliteDatabase, walPathOf } from './sqlite';
import { SYNCED_BY_COMMIT, WalFlush } from './walFlush';

export interface Stores {
  kind: Config['STORAGE'];
  /** Bot state: conversation state and user preferences. */
  storage: Storage;
  tickets: TicketStore;
  /** Resolves when the store can be read and written; rejects otherwise (for /healthz). */
  check: () => Promise<void>;
  /** Releases the store (closes the database file); further calls fail. */
  close: () => Promise<void>;
}

type StorageConfig = Pick<
  Config,
  | 'STORAGE'
  | 'STORAGE_PATH'
  | 'SQLITE_BUSY_TIMEOUT_MS'
  | 'AZURE_STORAGE_CONNECTION_STRING'
  | 'BLOB_STATE_CONTAINER'
  | 'BLOB_TICKETS_CONTAINER'
>;

/** The one place that decides where state and tickets live, from configuration. */
export function createStores(config: StorageConfig): Stores {
  switch (config.STORAGE) {
    case 'memory': {
      const storage = new MemoryStorage();
      return {
        kind: 'memory',
        storage,
        tickets: new MemoryTicketStore(),
        check: async () => void (await storage.read(['healthz'])),
        close: async () => {},
      };
    }
    case 'sqlite': {
      let db: ReturnType<typeof openSqliteDatabase>;
      try {
        db = openSqliteDatabase(config.STORAGE_PATH, {
          busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS,
          syncEachCommit: false,
        });
      } catch (error) {
        throw new StorageUnavailableError(`opening ${config.STORAGE_PATH}`, error);
      }
      const group = new GroupCommit(db, db.memory ? SYNCED_BY_COMMIT : new WalFlush(walPathOf(db)));
      return {
        kind: 'sqlite',
        // Writes from concurrent turns share one commit and one fsync, which runs off the event loop; each write
        // resolves only once it is on disk.
        storage: new GroupCommitStorage(group, new SqliteStorage(db)),
        tickets: new GroupCommitTicketStore(group, new SqliteTicketStore(db)),
        check: async () => checkSqlite(db),
        close: async () => void (db.open && db.close()),
      };
    }
    case 'blob': {
      const connectionString = config.AZURE_STORAGE_CONNECTION_STRING;
      if (!connectionString) throw new Error('AZURE_STORAGE_CONNECTION_STRING is required when STORAGE=blob');
      const storage = new BlobStateStorage(connectionString, config.BLOB_STATE_CONTAINER);
      const tickets = BlobTicketStore.fromConnectionString(connectionString, config.BLOB_TICKETS_CONTAINER);
      return {
        kind: 'blob',
        storage,
        tickets,
        check: async () => {
          await storage.read(['healthz']);
          await tickets.check();
        },
        close: async () => {},
      };
    }
  }
}
