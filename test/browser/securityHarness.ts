// Serves the panel exactly as the host builds it (src/panel/panelHtml.ts rendered against a fake
// `vscode` module and webview) from a local server, plus a second local server that plays a
// remote host and records every request it gets. Both listen on 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local HTTP server that records the paths it was asked for. */
export interface RecordingServer {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler = (_, res) => res.end()): Promise<RecordingServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

interface FakeUri { path: string; toString(): string }

/** Loads src/panel/panelHtml.ts with a stand-in for the `vscode` module it imports. */
export function loadPanelHtml(root: string): {
  build(origin: string): string;
  roots(): string[];
} {
  const uri = (path: string): FakeUri => ({ path, toString: () => `file://${path}` });
  const fakeVscode = {
    Uri: { joinPath: (base: FakeUri, ...parts: string[]) => uri(join(base.path, ...parts)) },
    env: { language: 'en' },
    l10n: { t: (s: string) => s },
  };
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = Module._load;
  Module._load = (request: string, ...rest: unknown[]) =>
    request === 'vscode' ? fakeVscode : original(request, ...rest);
  let mod: { buildPanelHtml: Function; localResourceRoots: Function };
  try {
    mod = require(join(root, 'out', 'src', 'panel', 'panelHtml.js'));
  } finally {
    Module._load = original;
  }
  const extension = uri(root);
  return {
    build(origin) {
      // The webview maps extension files to its own origin, as vscode-webview:// URIs would be.
      const webview = {
        cspSource: origin,
        asWebviewUri: (u: FakeUri) => ({ toString: () => `${origin}/ext${u.path.slice(root.length)}` }),
      };
      return mod.buildPanelHtml(webview, extension) as string;
    },
    roots: () => (mod.localResourceRoots(extension) as FakeUri[]).map((u) => u.path),
  };
}

/** Serves `html()` at /panel and the extension's dist/ and media/ files under /ext/. */
export function panelHandler(root: string, html: () => string): Handler {
  return (req, res) => {
    const url = req.url ?? '';
    if (url === '/panel') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(html());
      return;
    }
    const m = /^\/ext\/(dist\/webview\.js|media\/panel\.css)$/.exec(url);
    if (!m) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', m[1].endsWith('.js') ? 'text/javascript' : 'text/css');
    res.end(readFileSync(join(root, m[1])));
  };
}
