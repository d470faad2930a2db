// The loopback test bridge: serves the built renderer and answers its calls with the app's own
// handler table over HTTP, so browser tests drive real handlers on a real vault. Never shipped.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Settings } from '@shared/settings';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import type { Emit } from '../../../src/main/app/ports';
import { markFiles } from '../../../src/main/core/vault/mark-files';
import { contentTypeFor, fileUnderRoot } from '../../../src/main/security/app-protocol-path';
import { contentSecurityPolicy } from '../../../src/main/security/csp';
import { chromiumPrinter } from '../../support/chromium-printer';
import { fakeOs, memoryDeviceKeys, memoryPrefs, type FakeOs } from '../../support/fake-ports';

const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');
const MAX_BODY = 16 * 1024 * 1024;
export const BRIDGE_KDF = { N: 2 ** 10, r: 8, p: 1 };

export interface Bridge {
  url: string;
  token: string;
  app: App;
  os: FakeOs;
  deviceKeys: ReturnType<typeof memoryDeviceKeys>;
  emit: Emit;
  close(): Promise<void>;
}

export async function startBridge(opts: {
  dataDir: string;
  rememberSupported?: boolean;
  /** Preferences as a previous run left them. */
  prefs?: Partial<Settings>;
  /** What the OS would report: its regional format and preferred languages ('en-XA' is the pseudo-locale). */
  locale?: string;
  languages?: string[];
}): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  const streams = new Set<ServerResponse>();
  const emit: Emit = (event, payload) => {
    for (const res of streams) res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  };
  const os = fakeOs();
  const printer = chromiumPrinter();
  const deviceKeys = memoryDeviceKeys(opts.rememberSupported ?? false);
  const app = createApp(
    {
      prefs: memoryPrefs(opts.prefs),
      deviceKeys,
      os,
      emit,
      printer,
      paper: () => 'A4',
      defaultVaultDir: join(opts.dataDir, 'vault'),
      marks: markFiles(join(opts.dataDir, 'marks')),
      app: {
        name: 'Landscape',
        version: 'test',
        platform: process.platform,
        locale: opts.locale ?? 'en-GB',
        languages: opts.languages ?? ['en-GB'],
      },
    },
    // The real cost (2^17) is covered by the unit tests; here it would cost seconds per test.
    { kdf: BRIDGE_KDF },
  );

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500).end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__bridge/')) {
      const presented = req.headers['x-bridge-token'] ?? url.searchParams.get('token');
      if (presented !== token) return void res.writeHead(403).end('bad token');
      if (url.pathname === '/__bridge/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        res.write(': open\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/__bridge/invoke/'.length));
      const body = await readBody(req);
      const input = body.length ? (JSON.parse(body) as { input?: unknown }).input : undefined;
      const result = await dispatch(app.handlers, channel, input);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      return;
    }
    const file = fileUnderRoot(RENDERER_DIR, url.pathname);
    if (!file) return void res.writeHead(404).end();
    try {
      const bytes = await readFile(file);
      res.writeHead(200, { 'content-type': contentTypeFor(file), 'content-security-policy': contentSecurityPolicy() });
      res.end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    app,
    os,
    deviceKeys,
    emit,
    close: async () => {
      app.session.lock('user');
      for (const res of streams) res.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await printer.close();
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
