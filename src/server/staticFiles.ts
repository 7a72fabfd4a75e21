import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'restify';

/** A file served as it is, read once at start-up (or on first use); its gzip is made on first request for it. */
export interface StaticFile {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
}

export function staticFile(path: string, type: string): StaticFile {
  return { body: readFileSync(path), type };
}

/** Sends a static file (gzipped when the client takes gzip), never sniffed as another type, with extra headers. */
export function sendStatic(req: Request, res: Response, file: StaticFile, headers: Record<string, string> = {}): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip && !file.gzipped) file.gzipped = gzipSync(file.body);
  const body = gzip ? file.gzipped! : file.body;
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': String(body.length),
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    ...headers,
  });
  res.end(body);
}
