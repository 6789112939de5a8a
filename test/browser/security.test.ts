import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { launchChromium, TestBrowser } from './chromium';
import { manifest, send, update } from './panelHelpers';
import { loadPanelHtml, panelHandler, RecordingServer, startServer } from './securityHarness';

// The panel under the Content-Security-Policy the host really builds: injected markup must not
// run or load anything, and manifest names must render as text. Build first: `node esbuild.mjs`.
const ROOT = join(__dirname, '..', '..', '..');

type Globals = { __posted: { type: string }[]; __inlineRan?: boolean; __onerrorRan?: boolean;
  __pwned?: boolean; __violations: string[]; document: PageDocument };
/** The little of the DOM these page functions touch (the test compiles without the DOM lib). */
type PageDocument = {
  addEventListener(type: string, listener: (e: { violatedDirective: string }) => void): void;
  querySelectorAll(selector: string): { length: number };
};

/** What an escaping bug would let a manifest smuggle into the page. */
function hostileMarkup(remote: string): string {
  return [
    '<script>window.__inlineRan = true;</script>',
    `<img id="remote-img" src="${remote}/img.png">`,
    '<img src="x" onerror="window.__onerrorRan = true">',
    `<link rel="stylesheet" href="${remote}/evil.css">`,
    `<script src="${remote}/evil.js"></script>`,
    `<iframe src="${remote}/frame"></iframe>`,
    `<div style="background: url(${remote}/bg.png)">styled</div>`,
  ].join('\n');
}

describe('webview security in Chromium', function () {
  let browser: TestBrowser;
  let remote: RecordingServer;
  let panel: RecordingServer;
  let csp = true;
  const panelHtml = loadPanelHtml(ROOT);

  before(async () => {
    browser = await launchChromium();
    remote = await startServer();
    panel = await startServer(panelHandler(ROOT, () => {
      const html = panelHtml.build(panel.origin);
      const withCsp = csp ? html : html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      return withCsp.replace('<main id="app"', `${hostileMarkup(remote.origin)}\n<main id="app"`);
    }));
  });
  after(async () => {
    await browser?.close();
    await remote?.close();
    await panel?.close();
  });
  beforeEach(() => {
    remote.hits.length = 0;
    csp = true;
  });

  async function open(): Promise<Page> {
    const page = await browser.context.newPage();
    // VS Code injects its webview API before the page runs; so does the test.
    await page.addInitScript(() => {
      const g = globalThis as unknown as Globals & { acquireVsCodeApi: unknown };
      g.__posted = [];
      g.__violations = [];
      g.document.addEventListener('securitypolicyviolation', (e) => g.__violations.push(e.violatedDirective));
      let state: unknown;
      g.acquireVsCodeApi = () => ({ postMessage: (m: { type: string }) => g.__posted.push(m),
        getState: () => state, setState: (s: unknown) => { state = s; } });
    });
    await page.goto(`${panel.origin}/panel`, { waitUntil: 'load' });
    return page;
  }

  it('builds a strict policy: nothing by default, scripts by a fresh nonce only', () => {
    const a = panelHtml.build('http://x');
    const b = panelHtml.build('http://x');
    const policy = /content="([^"]*)"/.exec(a)?.[1] ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'nonce-[A-Za-z0-9]{32}'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
    const nonce = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];
    assert.notEqual(nonce(a), nonce(b));
  });

  it('limits local resources to the extension\'s dist and media folders', () => {
    assert.deepEqual(panelHtml.roots(), [join(ROOT, 'dist'), join(ROOT, 'media')]);
  });

  it('runs the nonce script but no injected script, handler or remote load', async () => {
    const page = await open();
    await page.waitForFunction(() => (globalThis as unknown as Globals).__posted.some((m) => m.type === 'ready'));
    const flags = await page.evaluate(() => {
      const g = globalThis as unknown as Globals;
      return { inline: g.__inlineRan === true, onerror: g.__onerrorRan === true };
    });
    assert.deepEqual(flags, { inline: false, onerror: false });
    const fetched = await page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'blocked'),
      `${remote.origin}/fetch`);
    assert.equal(fetched, 'blocked');
    assert.deepEqual(remote.hits, []);
    const violations = await page.evaluate(() => (globalThis as unknown as Globals).__violations);
    for (const d of ['script-src-elem', 'img-src', 'style-src-elem', 'frame-src', 'connect-src']) {
      assert.ok(violations.includes(d), `no ${d} violation among ${violations.join(', ')}`);
    }
    await page.close();
  });

  it('would load and run all of it without the policy (the test can fail)', async () => {
    csp = false;
    const page = await open();
    await page.waitForFunction(() => (globalThis as unknown as Globals).__inlineRan === true);
    assert.ok(remote.hits.includes('/img.png'), `remote hits: ${remote.hits.join(', ')}`);
    await page.close();
  });

  it('draws a bounded number of pods for replicas: 1e9 and stays responsive', async () => {
    const page = await open();
    await page.waitForFunction(() => (globalThis as unknown as Globals).__posted.some((m) => m.type === 'ready'));
    const began = Date.now();
    await send(page, update(manifest({ replicas: 1e9 }), 1));
    // Large sets are drawn as a compact grid: one button per pod, named by data-pod.
    await page.locator('[data-pod="web-0"]').first().waitFor();
    const millis = Date.now() - began;
    const rows = await page.locator('.pods [data-pod]').count();
    // The page still answers: a round trip through its event loop.
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    const text = await page.locator('#app').innerText();
    const total = /1,?000,?000,?000/.test(text) ? 'total shown' : 'total not shown';
    console.log(`      bounds: panel with replicas 1e9: ${rows} pod rows drawn in ${millis} ms, ${total}`);
    assert.ok(rows > 0 && rows <= 5000, `${rows} rows`);
    assert.ok(millis < 30_000, `${millis} ms`);
    await page.close();
  });

  it('renders set names with markup as text', async () => {
    const page = await open();
    await page.waitForFunction(() => (globalThis as unknown as Globals).__posted.some((m) => m.type === 'ready'));
    const name = '<img src=x onerror=window.__pwned=true><script>window.__pwned=true</script>';
    await send(page, update(manifest({ name }), 1));
    await page.locator('.pod-name', { hasText: `${name}-0` }).first().waitFor();
    const result = await page.evaluate(() => ({
      pwned: (globalThis as unknown as Globals).__pwned === true,
      injected: (globalThis as unknown as Globals).document.querySelectorAll('#app img, #app script').length,
    }));
    assert.deepEqual(result, { pwned: false, injected: 0 });
    await page.close();
  });
});
