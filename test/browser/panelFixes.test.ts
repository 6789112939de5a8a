import * as assert from 'node:assert/strict';
import { Page } from 'playwright-core';
import { counter, manifest, PAUSE_WHEN_JUMPING, savedState, send, update, URI, usePanelPage } from './panelHelpers';

// Regression tests for defects found in the panel in real VS Code: Helm templates, empty
// documents, the replicas header after a scale, jumps (waits kept, sliced, cancellable) and the
// run restored after a reload.

const HELM = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "db.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  serviceName: {{ .Release.Name }}-headless
`;

const NO_SET = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  a: "1"
`;

const scale = (version: number, replicas: number) =>
  ({ type: 'simulateScale', uri: URI, version, replicas, docIndex: 1 }) as const;

/** What the responsiveness test reads in the page (the tests compile without the DOM types). */
type PageProbe = {
  __longest: number;
  __progress: Set<string>;
  document: {
    querySelector(selector: string): {
      dataset: Record<string, string | undefined>;
      textContent: string | null;
    } | null;
  };
  PerformanceObserver: new (
    callback: (list: { getEntries(): { duration: number }[] }) => void,
  ) => { observe(options: object): void };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, o: object): void };
};

/** Waits until the panel has saved the run at the step the clock shows. */
async function waitForSaved(page: Page): Promise<unknown> {
  const clock = await page.locator('.clock').innerText();
  await page.waitForFunction((c) => {
    const s = (globalThis as unknown as { __state?: { simulationStep: number } }).__state;
    return s !== undefined && c.endsWith(`step ${s.simulationStep}`);
  }, clock);
  return savedState(page);
}

describe('preview panel fixes in Chromium', function () {
  let page: Page;
  const panel = usePanelPage((p) => (page = p));

  it('says a Helm template needs rendering and drops the previous run', async () => {
    await send(page, update(manifest(), 1));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    await send(page, { ...update(HELM, 1), uri: 'file:///chart/templates/db.yaml' });
    await page.locator('.notice[data-problem="helmTemplate"]').waitFor();
    assert.equal(await page.locator('.notice.error').count(), 1);
    assert.equal(await page.locator('.controls').isVisible(), false);
    assert.equal(await page.locator('.clock').isVisible(), false);
    assert.equal(await page.locator('.content').isVisible(), false);
    // Back on the plain file, the run starts afresh: nothing from before the template shows.
    await send(page, update(manifest(), 2));
    await page.locator('.controls:not([hidden])').waitFor();
    await page.locator('.clock', { hasText: 'step' }).waitFor();
    assert.equal(await page.locator('.notice[data-problem=""]').count(), 1);
  });

  it('shows only the message for a document without a StatefulSet', async () => {
    await send(page, update(manifest(), 1));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    await send(page, update(NO_SET, 2));
    await page.locator('.notice[data-problem="noStatefulSet"]').waitFor();
    assert.equal(await page.locator('.controls').isVisible(), false);
    assert.equal(await page.locator('.content').isVisible(), false);
    // A StatefulSet again brings the controls back, with a fresh run.
    await send(page, update(manifest(), 3));
    await page.locator('.controls:not([hidden])').waitFor();
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
  });

  it('heads the pods with the simulated replicas and the file value', async () => {
    await send(page, update(manifest(), 1));
    const header = page.locator('.set-header .replicas');
    await header.filter({ hasText: /^replicas: 3$/ }).waitFor();
    await send(page, scale(1, 0));
    await header.filter({ hasText: /^replicas: 0 \(file: 3\)$/ }).waitFor();
    await send(page, scale(1, 3));
    await header.filter({ hasText: /^replicas: 3$/ }).waitFor();
  });

  it('keeps the waiting sentences of the steps a jump went over', async () => {
    await send(page, update(manifest(), 1));
    await page.locator('.waiting[data-settled="true"]').waitFor();
    const before = await page.locator('.event.wait').count();
    await send(page, scale(1, 6));
    await page.click('.to-end');
    await page.locator('.waiting[data-settled="true"]').waitFor();
    assert.equal(await counter(page, 'readyReplicas'), '6');
    // OrderedReady waits for each of web-3, web-4 and web-5 in turn.
    const waits = await page.locator('.event.wait').allInnerTexts();
    for (const pod of ['web-3', 'web-4']) {
      assert.ok(
        waits.some((w) => w.includes(pod)),
        `no wait on ${pod} in ${waits.join(' | ')}`,
      );
    }
    assert.ok(waits.length > before);
  });

  it('jumps a large scale in slices: the page stays responsive and Pause stops it', async () => {
    await send(page, update(manifest(), 1));
    await page.locator('.waiting[data-settled="true"]').waitFor();
    await page.evaluate(() => {
      const g = globalThis as unknown as PageProbe;
      g.__longest = 0;
      g.__progress = new Set();
      new g.PerformanceObserver((list) => {
        for (const e of list.getEntries()) g.__longest = Math.max(g.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
      const notice = g.document.querySelector('.notice')!;
      new g.MutationObserver(() => {
        if (notice.dataset.jump === 'jumping') g.__progress.add(notice.textContent ?? '');
      }).observe(notice, { childList: true, characterData: true, subtree: true, attributes: true });
    });
    await send(page, scale(1, 10000));
    // Pause while the jump runs: the run stays where it got to and does not claim to be stable.
    await page.evaluate(PAUSE_WHEN_JUMPING);
    await page.click('.to-end');
    await page.locator('.notice.info[data-jump=""]').waitFor();
    await page.locator('.play[aria-pressed="false"]').waitFor();
    assert.equal(await page.locator('.waiting[data-settled="true"]').count(), 0);
    // Jump to end again goes on to the end, repainting its progress on the way.
    await page.click('.to-end');
    await page.locator('.waiting[data-settled="true"]').waitFor({ timeout: 60000 });
    assert.equal(await counter(page, 'readyReplicas'), '10000');
    const { longest, progress } = await page.evaluate(() => {
      const g = globalThis as unknown as PageProbe;
      return { longest: g.__longest, progress: g.__progress.size };
    });
    console.log(`      jump to 10,000 pods: longest task ${longest} ms, ${progress} progress repaints`);
    assert.ok(progress >= 2, `${progress} progress repaints`);
    // Generous bound (a jump done in one task takes tens of seconds): slicing, not speed, is tested.
    assert.ok(longest < 1000, `a task took ${longest} ms`);
  });

  it('restores a scaled run at the saved point and says whether it is stable', async () => {
    await send(page, update(manifest(), 1));
    await page.locator('.waiting[data-settled="true"]').waitFor();
    await send(page, scale(1, 10000));
    await page.click('.to-end');
    await page.locator('.waiting[data-settled="true"]').waitFor({ timeout: 60000 });
    const clock = await page.locator('.clock').innerText();
    const state = await waitForSaved(page);
    page = await panel.reopen(state);
    await send(page, update(manifest(), 1));
    await page.locator('.clock', { hasText: clock }).waitFor({ timeout: 60000 });
    await page.locator('.waiting[data-settled="true"]').waitFor();
    assert.equal(await counter(page, 'readyReplicas'), '10000');
    assert.equal(await page.locator('.to-end[disabled]').count(), 1);
  });

  it('restores a run saved mid-way as not stable, and one Step goes on', async () => {
    await send(page, update(manifest(), 1));
    await page.locator('.waiting[data-settled="true"]').waitFor();
    await send(page, scale(1, 5));
    await page.locator('.play[aria-pressed="true"]').click();
    for (let i = 0; i < 3; i++) await page.click('.step');
    const clock = await page.locator('.clock').innerText();
    const state = await waitForSaved(page);
    page = await panel.reopen(state);
    await send(page, update(manifest(), 1));
    await page.locator('.clock', { hasText: clock }).waitFor();
    assert.equal(await page.locator('.waiting[data-settled="true"]').count(), 0);
    assert.equal(await page.locator('.set-header .replicas').innerText(), 'replicas: 5 (file: 3)');
    await page.click('.step');
    await page.locator('.clock', { hasNotText: clock }).waitFor();
    assert.equal(await page.locator('.waiting[data-settled="true"]').count(), 0);
  });
});
