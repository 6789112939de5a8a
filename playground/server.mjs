// A small static server for the playground, bound to 127.0.0.1 only. Routes:
//   /                     the page        /playground/*   dist/playground/ (bundles, html, css)
//   /dist/webview.js      the panel app   /media/*        the panel's styles
//   /examples/            JSON list of examples/*.yaml    /examples/<name>.yaml  one example
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** `rel` inside `base`, or undefined when it would escape it. */
function inside(base, rel) {
  const full = normalize(join(base, rel));
  return full === base || full.startsWith(base.endsWith(sep) ? base : base + sep)
    ? full
    : undefined;
}

/** Starts the server; resolves to its URL and a close function. `port` 0 picks a free one. */
export function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const mounts = [
    ['/playground/', join(root, 'dist', 'playground')],
    ['/media/', join(root, 'media')],
  ];
  const examples = join(root, 'examples');
  const server = createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    };
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(405, 'text/plain', 'method not allowed');
      let file;
      if (path === '/favicon.ico') return send(204, 'text/plain', undefined);
      if (path === '/' || path === '/index.html')
        file = join(root, 'dist', 'playground', 'index.html');
      else if (path === '/dist/webview.js') file = join(root, 'dist', 'webview.js');
      else if (path === '/examples/') {
        const names = (await readdir(examples).catch(() => []))
          .filter((n) => /\.ya?ml$/.test(n))
          .sort();
        return send(200, TYPES['.json'], JSON.stringify(names));
      } else if (path.startsWith('/examples/') && !path.slice(10).includes('/'))
        file = inside(examples, path.slice(10));
      else {
        const mount = mounts.find(([prefix]) => path.startsWith(prefix));
        if (mount) file = inside(mount[1], path.slice(mount[0].length));
      }
      if (!file) return send(404, 'text/plain', 'not found');
      const body = await readFile(file).catch(() => undefined);
      if (body === undefined) return send(404, 'text/plain', 'not found');
      send(
        200,
        TYPES[extname(file)] ?? 'application/octet-stream',
        req.method === 'HEAD' ? undefined : body,
      );
    } catch {
      send(400, 'text/plain', 'bad request');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://${host}:${actual}/`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
