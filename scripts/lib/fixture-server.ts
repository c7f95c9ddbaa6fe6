// The fixture pages served as a portal would serve them: each at its URL's path, bytes as they are
// (GBK pages too), from 127.0.0.1. Used by `npm start`, the end-to-end tests and the browser bench.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const PAGES = fileURLToPath(new URL('../../tests/fixtures/pages', import.meta.url));

export interface FixtureEntry {
  file: string;
  isReport: boolean;
  seed: string | null;
  layout?: string;
  charset: string;
  url: string;
  govMeta?: boolean;
  title: string;
  kind: string;
}

export function fixtures(): FixtureEntry[] {
  return JSON.parse(fs.readFileSync(path.join(PAGES, 'index.json'), 'utf8')) as FixtureEntry[];
}

/** Serves each fixture at its URL's path, bytes as they are (GBK pages too), 404 for the rest. */
export async function serveFixtures(entries: FixtureEntry[]): Promise<{ port: number; close(): Promise<void> }> {
  const byPath = new Map<string, FixtureEntry>();
  for (const e of entries) {
    const u = new URL(e.url);
    byPath.set(`${u.hostname}${u.pathname}`, e);
    byPath.set(`127.0.0.1${u.pathname}`, e); // the same page off its own host: no content script there
  }
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const e = byPath.get(`${host}${(req.url ?? '/').split('?')[0]}`);
    if (!e) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(e.kind === '404' ? 404 : 200, { 'content-type': `text/html; charset=${e.charset}` });
    res.end(fs.readFileSync(path.join(PAGES, e.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The address a fixture is visited at: its own host name, our server's port. */
export function visitUrl(e: FixtureEntry, port: number): string {
  const u = new URL(e.url);
  u.port = String(port);
  return u.toString();
}
