// Shared by the bench's child processes: report the listening port to the parent and answer memory samples.
import type { AddressInfo } from 'node:net';

export type Extra = () => Record<string, unknown>;

export interface Sample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  extra?: Record<string, unknown>;
}

/** Tells the parent which port the server listens on, and answers { type: 'sample' } with memory after GC. */
export function reportReady(address: AddressInfo | string | null, extra?: Extra): void {
  const port = typeof address === 'object' && address ? address.port : undefined;
  process.on('message', (message: { type?: string; id?: number }) => {
    if (message?.type !== 'sample') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      gc();
    }
    const m = process.memoryUsage();
    const sample: Sample = {
      rss: m.rss,
      heapUsed: m.heapUsed,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      extra: extra?.(),
    };
    process.send?.({ type: 'sample', id: message.id, sample });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', port });
}
