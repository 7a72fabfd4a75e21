import { ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { withFollowUp, type Ticket, type TicketFollowUp } from '../tickets/ticket';
import {
  existingTicketOutcome,
  TicketExistsError,
  TicketNotFoundError,
  type AddedFollowUp,
  type SavedTicket,
  type TicketStore,
} from '../tickets/ticketStore';
import { isETagConflict } from './etag';
import { ETagConflictError, StorageUnavailableError } from './errors';
import { NEW_ITEM_ETAG, type ETagReportingStorage } from './etagReporting';

/**
 * A few quick retries, then give up: a turn waiting on an unreachable store should tell the user to try again
 * within seconds, not hang for the SDK's default of minutes.
 */
export const blobPipelineOptions: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1000, tryTimeoutInMs: 10_000 },
};

/**
 * The blob name botbuilder-azure-blobs' BlobsStorage gives a key (empty path segments dropped, URI-encoded, at most
 * 1024 characters), so state written by earlier versions of the bot, which used BlobsStorage, is found again.
 */
export function stateBlobName(key: string): string {
  if (!key) throw new Error('Please provide a non-empty key');
  const joined = key.split('/').reduce((acc, part, idx) => (part ? [acc, part].join(idx < 255 ? '/' : '') : acc));
  return encodeURIComponent(joined).slice(0, 1024);
}

const isStatus = (error: unknown, ...codes: number[]) =>
  error instanceof RestError && codes.includes(error.statusCode ?? 0);

/**
 * Bot state in Azure Blob Storage, one JSON blob per key, with botbuilder's eTag rules: an item read carries its
 * blob's ETag; a write with it succeeds only if nobody wrote the blob since, one with NEW_ITEM_ETAG only if the blob
 * does not exist (else an eTag conflict, worded as botbuilder's storages word it); '*' or none is last write wins.
 * Each write answers the ETags it produced (from the upload itself), so a writer never reads back someone else's.
 * Anything but a conflict (network, 5xx) becomes StorageUnavailableError. BlobsStorage (botbuilder-azure-blobs)
 * does not report eTags nor create only-if-absent, which the exactly-once turn needs; this keeps its blob names.
 */
export class BlobStateStorage implements ETagReportingStorage {
  private ready?: Promise<unknown>;
  private readonly container: ContainerClient;

  constructor(connectionString: string, containerName: string) {
    this.container = new ContainerClient(connectionString, containerName, blobPipelineOptions);
  }

  private async guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      this.ready ??= this.container.createIfNotExists();
      await this.ready;
      return await run();
    } catch (error) {
      if (isETagConflict(error)) throw error;
      // A failed "create container" is not kept: the next call tries again.
      this.ready = undefined;
      throw new StorageUnavailableError(operation, error);
    }
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guarded('read', async () => {
      const items: StoreItems = {};
      await Promise.all(
        keys.map(async (key) => {
          const blob = this.container.getBlobClient(stateBlobName(key));
          try {
            const response = await blob.download();
            const body = await streamText(response.readableStreamBody);
            items[key] = { ...(JSON.parse(body) as object), eTag: response.etag };
          } catch (error) {
            if (!isStatus(error, 404)) throw error;
          }
        }),
      );
      return items;
    });
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReportingETags(changes);
  }

  writeReportingETags(changes: StoreItems): Promise<Record<string, string>> {
    return this.guarded('write', async () => {
      const written: Record<string, string> = {};
      await Promise.all(
        Object.entries(changes).map(async ([key, item]) => {
          const { eTag, ...value } = (item ?? {}) as StoreItem;
          const body = JSON.stringify(value);
          const conditional = typeof eTag === 'string' && eTag !== '*' && eTag !== '';
          try {
            const response = await this.container
              .getBlockBlobClient(stateBlobName(key))
              .upload(body, Buffer.byteLength(body), {
                conditions: !conditional ? {} : eTag === NEW_ITEM_ETAG ? { ifNoneMatch: '*' } : { ifMatch: eTag },
                blobHTTPHeaders: { blobContentType: 'application/json' },
              });
            written[key] = response.etag ?? '';
          } catch (error) {
            // 412: changed since read; 409: created by someone else first; 404: deleted since read.
            if (conditional && isStatus(error, 404, 409, 412)) throw new ETagConflictError(key);
            throw error;
          }
        }),
      );
      return written;
    });
  }

  delete(keys: string[]): Promise<void> {
    return this.guarded('delete', async () => {
      await Promise.all(keys.map((key) => this.container.getBlobClient(stateBlobName(key)).deleteIfExists()));
    });
  }
}

async function streamText(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '{}';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** How many times an append that lost an ETag race reads the ticket again before giving up. */
const FOLLOW_UP_ATTEMPTS = 20;

// Newest first in a prefix listing: blob names sort ascending, so the index name starts with (max - time).
const MAX_TIME = 9_999_999_999_999;

/**
 * Tickets in Azure Blob Storage, one container:
 *   tickets/{id}.json                       the ticket, written with If-None-Match: * (never overwritten; the same
 *                                           ticket written again answers the stored one)
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
      if (error instanceof TicketExistsError || error instanceof TicketNotFoundError) throw error;
      this.ready = undefined;
      throw new StorageUnavailableError(operation, error);
    }
  }

  async create(ticket: Ticket): Promise<SavedTicket> {
    return this.guarded('ticket create', async () => {
      const time = String(MAX_TIME - Date.parse(ticket.createdAt)).padStart(13, '0');
      const marker = `${BlobTicketStore.userPrefix(ticket.user.id)}${time}_${encodeURIComponent(ticket.id)}`;
      await this.container.getBlockBlobClient(marker).upload('', 0);
      const body = Buffer.from(JSON.stringify(ticket), 'utf8');
      try {
        await this.container.getBlockBlobClient(BlobTicketStore.ticketBlob(ticket.id)).upload(body, body.length, {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        });
        return { ticket, created: true };
      } catch (error) {
        if (!isStatus(error, 409, 412)) throw error;
        const stored = await this.download(ticket.id);
        if (!stored) throw new TicketExistsError(ticket.id);
        return existingTicketOutcome(ticket, stored);
      }
    });
  }

  async get(id: string): Promise<Ticket | undefined> {
    return this.guarded('ticket read', () => this.download(id));
  }

  async listForUser(userId: string, limit: number): Promise<Ticket[]> {
    return this.guarded('ticket list', async () => {
      const found: Ticket[] = [];
      const seen = new Set<string>();
      const prefix = BlobTicketStore.userPrefix(userId);
      for await (const blob of this.container.listBlobsFlat({ prefix })) {
        const rest = blob.name.slice(prefix.length);
        const id = decodeURIComponent(rest.slice(rest.indexOf('_') + 1));
        // A ticket written twice (a re-run, a second process) may have two markers: it is listed once.
        if (seen.has(id)) continue;
        seen.add(id);
        const ticket = await this.download(id);
        if (ticket && ticket.user.id === userId) found.push(ticket);
        if (found.length >= limit) break;
      }
      return found;
    });
  }

  /**
   * Read, append, write back If-Match the ETag read: a writer that lost the race (412) reads again and retries, so
   * two processes appending at once both land and neither overwrites the other.
   */
  async addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp> {
    return this.guarded('ticket follow-up', async () => {
      const blob = this.container.getBlockBlobClient(BlobTicketStore.ticketBlob(ticketId));
      for (let attempt = 1; ; attempt++) {
        const read = await this.downloadWithETag(ticketId);
        if (!read) throw new TicketNotFoundError(ticketId);
        const updated = withFollowUp(read.ticket, entry);
        if (!updated) return { ticket: read.ticket, added: false };
        const body = Buffer.from(JSON.stringify(updated), 'utf8');
        try {
          await blob.upload(body, body.length, {
            conditions: { ifMatch: read.etag },
            blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
          });
          return { ticket: updated, added: true };
        } catch (error) {
          if (!isStatus(error, 412) || attempt >= FOLLOW_UP_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
        }
      }
    });
  }

  private async download(id: string): Promise<Ticket | undefined> {
    return (await this.downloadWithETag(id))?.ticket;
  }

  private async downloadWithETag(id: string): Promise<{ ticket: Ticket; etag: string } | undefined> {
    try {
      const response = await this.container.getBlobClient(BlobTicketStore.ticketBlob(id)).download();
      const body = await streamText(response.readableStreamBody);
      return { ticket: JSON.parse(body) as Ticket, etag: response.etag ?? '' };
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
