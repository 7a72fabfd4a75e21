import { ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Ticket } from '../tickets/ticket';
import { TicketExistsError, type TicketStore } from '../tickets/ticketStore';
import { isETagConflict } from './etag';
import { StorageUnavailableError } from './errors';

/**
 * A few quick retries, then give up: a turn waiting on an unreachable store should tell the user to try again
 * within seconds, not hang for the SDK's default of minutes.
 */
export const blobPipelineOptions: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1000, tryTimeoutInMs: 10_000 },
};

/**
 * botbuilder-azure-blobs' BlobsStorage with failures told apart: an eTag conflict stays as BlobsStorage throws it,
 * anything else (network, 5xx) becomes StorageUnavailableError. BlobsStorage keeps its first "create container"
 * promise forever, even a failed one, so after a failure a fresh instance is used for the next call.
 */
export class BlobStateStorage implements Storage {
  private inner: BlobsStorage;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
  ) {
    this.inner = this.open();
  }

  private open(): BlobsStorage {
    return new BlobsStorage(this.connectionString, this.containerName, { storagePipelineOptions: blobPipelineOptions });
  }

  private async guarded<T>(operation: string, run: (inner: BlobsStorage) => Promise<T>): Promise<T> {
    try {
      return await run(this.inner);
    } catch (error) {
      if (isETagConflict(error)) throw error;
      this.inner = this.open();
      throw new StorageUnavailableError(operation, error);
    }
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guarded('read', (inner) => inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guarded('write', (inner) => inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guarded('delete', (inner) => inner.delete(keys));
  }
}

// Newest first in a prefix listing: blob names sort ascending, so the index name starts with (max - time).
const MAX_TIME = 9_999_999_999_999;

/**
 * Tickets in Azure Blob Storage, one container:
 *   tickets/{id}.json                       the ticket, written with If-None-Match: * (never overwritten)
 *   users/{user}/{inverted time}_{id}       an empty marker per ticket, for "my tickets"
 * The marker is written before the ticket, so every acknowledged ticket is listed; a marker whose ticket was
 * never written (a crash in between, or an id taken by someone else) is skipped when listing.
 */
export class BlobTicketStore implements TicketStore {
  private ready?: Promise<unknown>;

  constructor(private readonly container: ContainerClient) {}

  static fromConnectionString(connectionString: string, containerName: string): BlobTicketStore {
    return new BlobTicketStore(new ContainerClient(connectionString, containerName, blobPipelineOptions));
  }

  private static ticketBlob(id: string): string {
    return `tickets/${encodeURIComponent(id)}.json`;
  }

  private static userPrefix(userId: string): string {
    return `users/${Buffer.from(userId, 'utf8').toString('base64url')}/`;
  }

  private async guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      this.ready ??= this.container.createIfNotExists();
      await this.ready;
      return await run();
    } catch (error) {
      if (error instanceof TicketExistsError) throw error;
      this.ready = undefined;
      throw new StorageUnavailableError(operation, error);
    }
  }

  async create(ticket: Ticket): Promise<void> {
    await this.guarded('ticket create', async () => {
      const time = String(MAX_TIME - Date.parse(ticket.createdAt)).padStart(13, '0');
      const marker = `${BlobTicketStore.userPrefix(ticket.user.id)}${time}_${encodeURIComponent(ticket.id)}`;
      await this.container.getBlockBlobClient(marker).upload('', 0);
      const body = Buffer.from(JSON.stringify(ticket), 'utf8');
      try {
        await this.container.getBlockBlobClient(BlobTicketStore.ticketBlob(ticket.id)).upload(body, body.length, {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        });
      } catch (error) {
        if (error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412))
          throw new TicketExistsError(ticket.id);
        throw error;
      }
    });
  }

  async get(id: string): Promise<Ticket | undefined> {
    return this.guarded('ticket read', () => this.download(id));
  }

  async listForUser(userId: string, limit: number): Promise<Ticket[]> {
    return this.guarded('ticket list', async () => {
      const found: Ticket[] = [];
      const prefix = BlobTicketStore.userPrefix(userId);
      for await (const blob of this.container.listBlobsFlat({ prefix })) {
        const rest = blob.name.slice(prefix.length);
        const id = decodeURIComponent(rest.slice(rest.indexOf('_') + 1));
        const ticket = await this.download(id);
        if (ticket && ticket.user.id === userId) found.push(ticket);
        if (found.length >= limit) break;
      }
      return found;
    });
  }

  private async download(id: string): Promise<Ticket | undefined> {
    try {
      const buffer = await this.container.getBlobClient(BlobTicketStore.ticketBlob(id)).downloadToBuffer();
      return JSON.parse(buffer.toString('utf8')) as Ticket;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  /** Whether the container answers. */
  async check(): Promise<void> {
    await this.guarded('health check', async () => void (await this.container.getProperties()));
  }
}
