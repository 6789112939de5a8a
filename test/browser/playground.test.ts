import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { launchChromium, TestBrowser } from './chromium';

// The playground end to end: `npm start`'s script serves it, headless Chromium loads it.
const ROOT = join(__dirname, '..', '..', '..');

const CLEAN = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: shop
spec:
  serviceName: shop
  replicas: 3
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: app
          image: nginx:1.27
      restartPolicy: Always`;

/** Starts playground/start.mjs on a free port and resolves to its printed address. */
function startPlayground(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, 'playground', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`playground exited with ${code}: ${out}`)));
  });
}

/** The few browser globals the page functions below use (this project compiles without DOM types). */
interface PageGlobals {
  DataTransfer: new () => { setData(type: string, value: string): void };
  ClipboardEvent: new (type: string, init: object) => object;
  document: {
    activeElement: { dispatchEvent(event: object): boolean } | null;
    querySelector(selector: string): { textContent: string | null } | null;
  };
}

/** Replaces the editor's text the way a paste does (typing would be re-indented by Monaco). */
async function setEditorText(page: Page, text: string): Promise<void> {
  await page.click('#editor .view-lines');
  await page.keyboard.press('Control+A');
  await page.evaluate((pasted) => {
    const g = globalThis as unknown as PageGlobals;
    const data = new g.DataTransfer();
    data.setData('text/plain', pasted);
    g.document.activeElement?.dispatchEvent(
      new g.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await page.waitForFunction(
    (first) =>
      (globalThis as unknown as PageGlobals).document
        .querySelector('#editor .view-lines')
        ?.textContent?.includes(first),
    text.split('\n')[0].replace(/ /g, '\u00a0'),
  );
}

/** Moves the cursor to the end of 1-based `line`. */
async function goToLineEnd(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

describe('playground (headless Chromium)', function () {
  let server: { url: string; child: ChildProcess } | undefined;
  let browser: TestBrowser | undefined;
  let page: Page;
  /** Requests to anywhere but the playground's own server (it must work offline). */
  const foreign: string[] = [];

  before(async function () {
    this.timeout(180000);
    server = await startPlayground();
    browser = await launchChromium();
    page = await browser.context.newPage();
    const local = server.url;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(local) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    await page.goto(server.url);
    await page.waitForSelector('#editor .monaco-editor .view-lines');
  });

  after(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  it('shows a typed mistake as a marker and in the problem list', async () => {
    await setEditorText(page, CLEAN);
    await page.waitForSelector('#problem-count[data-count]:not([data-pending])');
    assert.equal(
      await page.locator('#problems li[data-rule="restart-policy-not-always"]').count(),
      0,
    );
    // Type the mistake at the end of the last line: restartPolicy Always -> Never.
    await goToLineEnd(page, 19);
    for (let i = 0; i < 'Always'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('Never');
    await page.waitForSelector('#problems li[data-rule="restart-policy-not-always"]');
    await page.waitForSelector('#editor .squiggly-error');
    const where = await page.textContent(
      '#problems li[data-rule="restart-policy-not-always"] .where',
    );
    assert.equal(where, '19:22');
  });

  it("applies a finding's quick fix from the editor", async () => {
    // The cursor is still on the mistake typed above.
    await page.keyboard.press('Control+.');
    await page
      .locator('.action-widget .monaco-list-row', { hasText: /restartPolicy/ })
      .first()
      .click();
    await page.waitForSelector('#problem-count[data-count]:not([data-pending])');
    assert.equal(
      await page.locator('#problems li[data-rule="restart-policy-not-always"]').count(),
      0,
    );
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).document
        .querySelector('#editor .view-lines')
        ?.textContent?.includes('restartPolicy:\u00a0Always'),
    );
  });

  it('completes StatefulSet fields from the schema (monaco-yaml worker)', async () => {
    await setEditorText(page, CLEAN.replace('  replicas: 3', '  replicas: 3\n  podMan'));
    // The paste may land after the wait above (the first line is the same as before), and the
    // yaml worker may still be reading the new text: put the cursor again and ask again (bounded)
    // until the schema's key is offered.
    const row = '.suggest-widget.visible .monaco-list-row[aria-label*="podManagementPolicy"]';
    let offered = false;
    for (let attempt = 0; attempt < 6 && !offered; attempt++) {
      await page.click('#editor .view-lines');
      await goToLineEnd(page, 8);
      await page.keyboard.press('Control+Space');
      offered = await page
        .waitForSelector(row, { timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      if (!offered) await page.keyboard.press('Escape');
    }
    assert.ok(offered, 'podManagementPolicy was never offered');
    await page.keyboard.press('Escape');
  });

  it('hovers a field with its description from the schema', async () => {
    await setEditorText(page, CLEAN);
    // Monaco re-renders its line spans as tokenization and the yaml worker catch up, so a span
    // found a moment ago may be gone: find it again and hover again (bounded) until it answers.
    // The schema's title as the playground names it: the hover came from our schema.
    const hover = page.locator('.monaco-hover:not(.hidden)', {
      hasText: 'Kubernetes (StatefulSet Studio)',
    });
    let shown = false;
    for (let attempt = 0; attempt < 6 && !shown; attempt++) {
      const key = page.locator('#editor .view-line span', { hasText: /^replicas$/ }).first();
      await key.waitFor();
      const box = await key.boundingBox();
      if (!box) continue;
      await page.mouse.move(box.x + 2, box.y + 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      shown = await hover
        .waitFor({ timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) await page.mouse.move(0, 0);
    }
    assert.ok(shown, 'no hover from the schema on replicas');
    await page.mouse.move(0, 0);
  });

  it('plays a rollout in the panel app from the marked baseline', async function () {
    if (!existsSync(join(ROOT, 'webview', 'main.ts'))) this.skip();
    await setEditorText(page, CLEAN);
    await page.click('#set-baseline');
    await setEditorText(page, CLEAN.replace('nginx:1.27', 'nginx:1.28'));
    await page.waitForSelector('#panel:not([data-pending])');
    const panel = page.frameLocator('#panel');
    await panel.locator('.pod-name', { hasText: 'shop-2' }).waitFor();
    await panel.locator('.speed').selectOption('10');
    await panel.locator('button.rollout').click();
    await panel.locator('.revisions.rolling').waitFor();
    await panel.locator('.play[aria-pressed="false"]').waitFor({ timeout: 60000 });
    await panel.locator('.revisions:not(.rolling)').waitFor();
    assert.equal(
      await panel.locator('.counters dd[data-field="updatedReplicas"]').innerText(),
      '3',
    );
    assert.equal(await panel.locator('.pod.old-revision').count(), 0);
  });

  it('says the text is edited once it differs from the loaded example', async () => {
    await page.selectOption('#example', 'mistakes.yaml');
    await page.locator('#status', { hasText: 'Loaded mistakes.yaml.' }).waitFor();
    assert.equal(await page.locator('#example').inputValue(), 'mistakes.yaml');
    await setEditorText(page, CLEAN);
    await page.locator('body[data-edited="true"]').waitFor();
    assert.doesNotMatch(await page.locator('#status').innerText(), /^Loaded/);
    assert.equal(await page.locator('#example').inputValue(), '');
    // Picking the same example again loads it again.
    await page.selectOption('#example', 'mistakes.yaml');
    await page.locator('body[data-edited="false"]').waitFor();
  });

  it('explains an out-of-range Scale to and scales on a valid one', async function () {
    if (!existsSync(join(ROOT, 'webview', 'main.ts'))) this.skip();
    await setEditorText(page, CLEAN);
    await page.waitForSelector('#panel:not([data-pending])');
    const panel = page.frameLocator('#panel');
    await panel.locator('.pod-name', { hasText: 'shop-2' }).waitFor();
    for (const bad of ['10001', '-1', '2.5']) {
      await panel.locator('.replicas-input').fill(bad);
      await panel.locator('button.scale').click();
      await panel.locator('.field-error:not([hidden])').waitFor();
      assert.equal(await panel.locator('.replicas-input').getAttribute('aria-invalid'), 'true');
    }
    await panel.locator('.replicas-input').fill('4');
    await panel.locator('.replicas-input').press('Enter');
    await panel.locator('.field-error[hidden]').waitFor({ state: 'attached' });
    await panel.locator('.pod-name', { hasText: 'shop-3' }).waitFor();
  });

  it('loaded everything from its own server', () => {
    assert.deepEqual(foreign, []);
  });
});
