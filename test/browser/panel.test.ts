import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { launchChromium, TestBrowser } from './chromium';
import { counter, manifest, openPanel, posted, ROOT, send, update, URI } from './panelHelpers';

// The panel app (dist/webview.js) on a test page that plays VS Code's part: it feeds host
// messages and records what the panel posts. Build first: `node esbuild.mjs`.

describe('preview panel in Chromium', function () {
  let browser: TestBrowser;
  let page: Page;
  const errors: string[] = [];

  before(async function () {
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  beforeEach(async () => {
    errors.length = 0;
    page = await openPanel(browser, errors);
  });
  afterEach(async () => {
    const violations = await page.evaluate(
      () => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, []);
  });

  it('renders the set: pods, PVCs, DNS names and the governing Service', async () => {
    await send(page, update(manifest(), 1));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    assert.deepEqual(await page.locator('.pod-name').allInnerTexts(), ['web-0', 'web-1', 'web-2']);
    assert.deepEqual(await page.locator('.pvc').allInnerTexts(), [
      'www-web-0',
      'www-web-1',
      'www-web-2',
    ]);
    assert.equal(
      await page.locator('.pod .dns').first().innerText(),
      'web-0.nginx.default.svc.cluster.local',
    );
    assert.equal(
      await page.locator('.srv').innerText(),
      '_web._tcp.nginx.default.svc.cluster.local',
    );
    assert.equal(await counter(page, 'readyReplicas'), '3');
    const label = await page.locator('.pod-name').first().getAttribute('aria-label');
    assert.match(label ?? '', /^web-0, Running\b/);
  });

  it('plays a rollout to the end and reports every replica updated', async () => {
    await send(page, update(manifest({ image: 'nginx:1.28' }), 2));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    await page.selectOption('.speed', '10');
    await send(page, {
      type: 'simulateRollout',
      uri: URI,
      version: 2,
      baselineText: manifest(),
      baselineLabel: 'git HEAD',
      docIndex: 1,
    });
    await page.locator('.revisions.rolling').waitFor();
    await page.locator('.play[aria-pressed="false"]').waitFor({ timeout: 60000 });
    await page.locator('.revisions:not(.rolling)').waitFor();
    assert.equal(await counter(page, 'updatedReplicas'), '3');
    assert.equal(await counter(page, 'currentReplicas'), '3');
    assert.equal(await page.locator('.pod.old-revision').count(), 0);
  });

  it('shows the waiting sentence naming the pod a stuck rollout waits for', async () => {
    await send(page, update(manifest({ image: 'nginx:broken' }), 3));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    await page.selectOption('.behavior', 'never-ready');
    await send(page, {
      type: 'simulateRollout',
      uri: URI,
      version: 3,
      baselineText: manifest(),
      baselineLabel: 'git HEAD',
      docIndex: 1,
    });
    await page.click('.to-end');
    const waiting = page.locator('.waiting.blocked');
    await waiting.waitFor();
    assert.match(await waiting.innerText(), /\bweb-2\b/);
    const logged = page.locator('.event.wait .message').first();
    assert.equal(await logged.innerText(), await waiting.innerText());
    assert.equal(await counter(page, 'updatedReplicas'), '1');
  });

  it('posts a reveal message when a pod name is clicked', async () => {
    await send(page, update(manifest(), 4));
    await page.locator('.pod-name', { hasText: 'web-1' }).click();
    await page.waitForFunction(() =>
      (globalThis as unknown as { __posted: { type: string }[] }).__posted.some(
        (m) => m.type === 'reveal',
      ),
    );
    const reveal = (await posted(page)).find((m) => m.type === 'reveal');
    assert.deepEqual(reveal, {
      type: 'reveal',
      uri: URI,
      version: 4,
      docIndex: 1,
      target: 'pod',
      claimTemplate: undefined,
    });
    await page.locator('.pvc', { hasText: 'www-web-1' }).click();
    await page.waitForFunction(() =>
      (globalThis as unknown as { __posted: { target?: string }[] }).__posted.some(
        (m) => m.target === 'pvc',
      ),
    );
    const pvc = (await posted(page)).find((m) => m.target === 'pvc');
    assert.equal(pvc?.claimTemplate, 'www');
  });

  it('renders a name containing <script> as text', async () => {
    const name = 'x<script>window.__pwned=1</script>';
    await send(page, update(manifest({ name }), 5));
    await page.locator('.set-name').waitFor();
    assert.equal(await page.locator('.set-name').innerText(), name);
    assert.equal(await page.locator('#app script').count(), 0);
    assert.equal(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
      undefined,
    );
  });

  it('explains documents it cannot show and drops stale versions', async () => {
    await send(page, update('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n', 6));
    await page.locator('.notice.error').waitFor();
    assert.equal(await page.locator('.content').isHidden(), true);
    await send(page, update(manifest(), 7));
    await page.locator('.pod-name', { hasText: 'web-0' }).waitFor();
    await send(page, update(manifest({ replicas: 1 }), 6));
    await send(page, update('kind: [', 8));
    await page.locator('.notice.error').waitFor();
    assert.equal(await page.locator('.pod-name').count(), 3);
  });

  it('shows the identity with a clear message when the engine rejects the set', async () => {
    const invalid = manifest().replace(
      '  selector:\n    matchLabels:\n      app: nginx\n  template:',
      '  template:',
    );
    assert.notEqual(invalid, manifest());
    await send(page, update(invalid, 11));
    await page.locator('.notice.error').waitFor();
    assert.deepEqual(await page.locator('.pod-name').allInnerTexts(), ['web-0', 'web-1', 'web-2']);
    assert.equal(await page.locator('.play').isDisabled(), true);
  });

  it('survives odd messages and ignores malformed ones', async () => {
    const odd: unknown[] = [
      { type: 'update', uri: URI, version: 20, text: manifest(), settings: {}, locked: false },
      { type: 'focus', uri: URI, version: 20, docIndex: 99 },
      {
        type: 'simulateRollout',
        uri: URI,
        version: 20,
        baselineText: 'kind: [',
        baselineLabel: 'x',
      },
      { type: 'simulateScale', uri: URI, version: 20, replicas: 0, docIndex: 7 },
      {
        type: 'update',
        uri: URI,
        version: 21,
        text: '\u0000{{ .Values }}: [',
        settings: {},
        locked: 1,
      },
      { type: 'nonsense', uri: URI, version: 22 },
      'update',
      null,
    ];
    for (const m of odd) {
      await page.evaluate(
        (x) =>
          (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage(
            x,
            '*',
          ),
        m,
      );
    }
    await send(page, update(manifest({ replicas: 2 }), 23));
    await page.locator('.pod-name', { hasText: 'web-1' }).waitFor();
    assert.deepEqual(await page.locator('.pod-name').allInnerTexts(), ['web-0', 'web-1']);
  });

  it('saves a screenshot for the README', async () => {
    await page.setViewportSize({ width: 1180, height: 760 });
    await send(page, update(manifest({ image: 'nginx:1.28', replicas: 4 }), 10));
    await page.locator('.pod-name', { hasText: 'web-3' }).waitFor();
    await send(page, {
      type: 'simulateRollout',
      uri: URI,
      version: 10,
      baselineText: manifest({ replicas: 4 }),
      baselineLabel: 'git HEAD',
      docIndex: 1,
    });
    await page.locator('.play[aria-pressed="true"]').click();
    for (let i = 0; i < 400 && (await counter(page, 'updatedReplicas')) !== '2'; i++)
      await page.click('.step');
    await page.locator('.revisions.rolling').waitFor();
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'panel.png') });
  });
});
