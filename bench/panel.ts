// Panel benchmark: loads the panel app (dist/webview.js) on the browser test page in headless
// Chromium, feeds it a 1,000-replica StatefulSet and times the first render and every tick of a
// rollout. Prints medians and p95; it is a measurement, not a test.
// Run: npm run bench:panel (builds dist/ first).

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../src/manifest/settings';

const ROOT = join(__dirname, '..', '..');
const PAGE = pathToFileURL(join(ROOT, 'test', 'browser', 'fixtures', 'panel.html')).toString();
const URI = 'file:///bench/big.yaml';
const REPLICAS = Number(process.env.PODS ?? 1000);
const TICKS = Number(process.env.TICKS ?? 300);
const OPENS = Number(process.env.OPENS ?? 21);

function manifest(image: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: big
spec:
  serviceName: big
  replicas: ${REPLICAS}
  podManagementPolicy: Parallel
  selector:
    matchLabels: { app: big }
  template:
    metadata:
      labels: { app: big }
    spec:
      containers:
        - name: app
          image: ${image}
  volumeClaimTemplates:
    - metadata: { name: data }
      spec:
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
`;
}

/** Runs `action` in the page and returns [last render ms, action + style/layout ms]. */
async function timed(page: Page, action: string, arg: unknown): Promise<[number, number]> {
  return page.evaluate(
    ([code, a]) => {
      const run = new Function('a', code as string) as (a: unknown) => void;
      const t0 = performance.now();
      run(a);
      void document.body.offsetHeight; // forces style and layout, as the next frame would
      const total = performance.now() - t0;
      const render = performance.getEntriesByName('panel-render').pop()?.duration ?? NaN;
      return [render, total] as [number, number];
    },
    [action, arg] as const,
  );
}

const DISPATCH = `window.dispatchEvent(new MessageEvent('message', { data: a }));`;
const CLICK_STEP = `document.querySelector('button.step').click();`;

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return (
    `min ${sorted[0].toFixed(2)} ms, median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, ` +
    `max ${sorted[sorted.length - 1].toFixed(2)} ms`
  );
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(PAGE);
    await page.waitForFunction(() => document.querySelector('.notice') !== null);

    const update = (version: number, image: string) => ({
      type: 'update',
      uri: URI,
      version,
      text: manifest(image),
      settings: DEFAULT_SETTINGS,
      locked: false,
    });
    const [firstRender, firstTotal] = await timed(page, DISPATCH, update(1, 'app:1'));
    const cells = await page.locator('.pods .cell').count();
    console.log(`pods shown: ${cells} (compact grid)`);
    console.log(
      `open: render ${firstRender.toFixed(2)} ms; parse + simulate to stable + render + layout ${firstTotal.toFixed(2)} ms`,
    );

    // Sets of 1,000 new pods on a warm page (the code is compiled by now), alternating names so
    // every row is created afresh; medians, since the machine is shared.
    const opens: number[] = [];
    const openTotals: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const name = i % 2 === 0 ? 'other' : 'big';
      const msg = {
        ...update(2, 'app:1'),
        text: manifest('app:1').replace('name: big', `name: ${name}`),
      };
      const [render, total] = await timed(page, DISPATCH, msg);
      opens.push(render);
      openTotals.push(total);
    }
    console.log(`open a 1,000-pod set (${OPENS} times): render ${stats(opens)}`);
    console.log(`  with parse, simulation to stable and layout: ${stats(openTotals)}`);

    await page.evaluate(
      (m) => window.dispatchEvent(new MessageEvent('message', { data: m })),
      update(3, 'app:2'),
    );
    await page.evaluate((m) => window.dispatchEvent(new MessageEvent('message', { data: m })), {
      type: 'simulateRollout',
      uri: URI,
      version: 3,
      baselineText: manifest('app:1'),
      baselineLabel: 'bench',
      docIndex: 0,
    });
    await page.evaluate(() =>
      (document.querySelector('button.play[aria-pressed="true"]') as HTMLElement | null)?.click(),
    );

    const renders: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < TICKS; i++) {
      if (
        await page.evaluate(
          () => (document.querySelector('button.step') as HTMLButtonElement).disabled,
        )
      )
        break;
      const [render, total] = await timed(page, CLICK_STEP, null);
      renders.push(render);
      totals.push(total);
    }
    console.log(`ticks measured: ${renders.length} (rollout of ${REPLICAS} pods)`);
    console.log(`tick repaint (render only): ${stats(renders)}`);
    console.log(`tick total (engine step + render + style/layout): ${stats(totals)}`);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
