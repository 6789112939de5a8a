import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../src/manifest/settings';
import type { HostMessage } from '../../src/protocol/messages';
import * as assert from 'node:assert/strict';
import { launchChromium, TestBrowser } from './chromium';

// Shared by the panel browser tests: the test page, manifests and message helpers.
export const ROOT = join(__dirname, '..', '..', '..');
export const PAGE = pathToFileURL(
  join(ROOT, 'test', 'browser', 'fixtures', 'panel.html'),
).toString();
export const URI = 'file:///workspace/web.yaml';

type PageGlobals = {
  __posted: Record<string, unknown>[];
  __state: unknown;
  __initialState: unknown;
  __cspViolations: string[];
  postMessage(m: unknown, origin: string): void;
};

/** Opens the test page (optionally as a panel restored with `state`) and waits for `ready`. */
export async function openPanel(
  browser: TestBrowser,
  errors: string[],
  state?: unknown,
): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  if (state !== undefined) {
    await page.addInitScript((s) => {
      (globalThis as unknown as PageGlobals).__initialState = s;
    }, state);
  }
  await page.goto(PAGE);
  await page.waitForFunction(() =>
    (globalThis as unknown as PageGlobals).__posted.some((m) => m.type === 'ready'),
  );
  return page;
}

/** A headless Service and a StatefulSet `web` with one claim template. */
export function manifest(
  opts: {
    name?: string;
    image?: string;
    replicas?: number;
    serviceName?: string;
    parallel?: boolean;
  } = {},
): string {
  const name = opts.name ?? 'web';
  return `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  ports:
    - name: web
      port: 80
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${JSON.stringify(name)}
spec:
  serviceName: ${opts.serviceName ?? 'nginx'}
  replicas: ${opts.replicas ?? 3}
  podManagementPolicy: ${opts.parallel ? 'Parallel' : 'OrderedReady'}
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
        - name: nginx
          image: ${opts.image ?? 'nginx:1.27'}
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;
}

export async function send(page: Page, message: HostMessage): Promise<void> {
  await page.evaluate((m) => (globalThis as unknown as PageGlobals).postMessage(m, '*'), message);
}

export function update(text: string, version: number): HostMessage {
  return { type: 'update', uri: URI, version, text, settings: DEFAULT_SETTINGS, locked: false };
}

export function rollout(baselineText: string, version: number): HostMessage {
  return {
    type: 'simulateRollout',
    uri: URI,
    version,
    baselineText,
    baselineLabel: 'git HEAD',
    docIndex: 1,
  };
}

/** Everything the panel has posted to its host so far. */
export async function posted(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__posted);
}

/** Waits until the panel has posted a message of `type`, and returns the last one. */
export async function waitForPosted(page: Page, type: string): Promise<Record<string, unknown>> {
  await page.waitForFunction(
    (t) => (globalThis as unknown as PageGlobals).__posted.some((m) => m.type === t),
    type,
  );
  return (await posted(page)).filter((m) => m.type === type).pop()!;
}

/** The panel's saved state (what VS Code would hand back after a reload). */
export async function savedState(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__state);
}

export async function counter(page: Page, field: string): Promise<string> {
  return page.locator(`.counters dd[data-field="${field}"]`).innerText();
}

/**
 * Presses Pause from inside the page the moment a jump starts (after its first slice), so the
 * test never races a jump that a fast machine would finish before a click from outside lands.
 */
export const PAUSE_WHEN_JUMPING = `(() => {
  const notice = document.querySelector('.notice');
  const observer = new MutationObserver(() => {
    if (notice.dataset.jump !== 'jumping') return;
    observer.disconnect();
    document.querySelector('.play').click();
  });
  observer.observe(notice, { attributes: true, attributeFilter: ['data-jump'] });
})()`;

/**
 * Registers the hooks every panel suite uses: one Chromium per suite, a fresh panel page per test
 * (handed over through `setPage`), and no page error allowed. `reopen` closes the page and opens
 * it again restored with `state`, as a window reload does.
 */
export function usePanelPage(setPage: (page: Page) => void): { reopen(state: unknown): Promise<Page> } {
  let browser: TestBrowser;
  let page: Page;
  const errors: string[] = [];
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => browser?.close());
  beforeEach(async () => {
    errors.length = 0;
    page = await openPanel(browser, errors);
    setPage(page);
  });
  afterEach(async () => {
    await page.close();
    assert.deepEqual(errors, []);
  });
  return {
    async reopen(state: unknown): Promise<Page> {
      await page.close();
      page = await openPanel(browser, errors, state);
      setPage(page);
      return page;
    },
  };
}
