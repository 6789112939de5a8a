import * as assert from 'node:assert/strict';
import { Page } from 'playwright-core';
import {
  counter,
  manifest,
  posted,
  rollout,
  savedState,
  send,
  update,
  URI,
  waitForPosted,
  usePanelPage,
} from './panelHelpers';

// The panel's controls, exports, keyboard use and restore after a reload, in headless Chromium.

const clock = (page: Page) => page.locator('.clock').innerText();

describe('preview panel controls in Chromium', function () {
  let page: Page;
  const panel = usePanelPage((p) => (page = p));

  it('steps back and returns to the start of the run', async () => {
    await send(page, update(manifest({ image: 'nginx:1.28' }), 1));
    await send(page, rollout(manifest(), 1));
    await page.click('.to-end');
    await page.locator('.revisions:not(.rolling)').waitFor();
    const end = await clock(page);
    await page.click('.step-back');
    await page.locator('.clock', { hasNotText: end }).waitFor();
    await page.click('.to-start');
    await page.locator('.clock', { hasText: 'step 0' }).waitFor();
    assert.equal(await page.locator('.pod').count(), 0);
    await page.click('.to-end');
    await page.locator('.clock', { hasText: end }).waitFor();
    assert.equal(await counter(page, 'updatedReplicas'), '3');
    // At the end, Play replays the latest change: the rollout starts over.
    await page.locator('.play', { hasText: 'Replay' }).click();
    await page.locator('.revisions.rolling').waitFor();
    assert.equal(await page.locator('.play').getAttribute('aria-pressed'), 'true');
  });

  it('says an update is forbidden and plays nothing', async () => {
    await send(page, update(manifest({ serviceName: 'other' }), 2));
    await send(page, rollout(manifest(), 2));
    await page.locator('.notice.error').waitFor();
    assert.equal(await page.locator('.play').getAttribute('aria-pressed'), 'false');
    assert.equal(await counter(page, 'updatedReplicas'), '3');
    assert.equal(await page.locator('.revisions.rolling').count(), 0);
  });

  it('scales the set when the host asks', async () => {
    await send(page, update(manifest(), 3));
    await page.selectOption('.speed', '10');
    await send(page, { type: 'simulateScale', uri: URI, version: 3, replicas: 5, docIndex: 1 });
    await page.locator('.pod-name', { hasText: 'web-4' }).waitFor();
    await page.locator('.play[aria-pressed="false"]').waitFor();
    assert.equal(await counter(page, 'readyReplicas'), '5');
  });

  it('lists the PVCs a scale-down leaves behind', async () => {
    await send(page, update(manifest(), 9));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    await send(page, { type: 'simulateScale', uri: URI, version: 9, replicas: 1, docIndex: 1 });
    await page.click('.to-end');
    await page.locator('.retained:not([hidden])').waitFor();
    assert.deepEqual(await page.locator('.retained .pvc').allInnerTexts(), [
      'www-web-1',
      'www-web-2',
    ]);
    assert.deepEqual(await page.locator('.pod-name').allInnerTexts(), ['web-0']);
  });

  it('deletes the selected pod and the controller recreates it', async () => {
    await send(page, update(manifest(), 4));
    const creations = page
      .locator('.event', { hasText: 'SuccessfulCreate' })
      .filter({ hasText: 'web-1 ' });
    await page.locator('.pod[data-pod="web-1"] .ordinal').click();
    await page.locator('.selected-pod', { hasText: 'web-1' }).waitFor();
    assert.equal((await posted(page)).filter((m) => m.type === 'reveal').length, 0);
    const before = await creations.count();
    await page.click('.pod-delete');
    await page.click('.to-end');
    await page.locator('.play[aria-pressed="false"]').waitFor();
    assert.equal(await creations.count(), before + 1);
    assert.equal(await counter(page, 'readyReplicas'), '3');
  });

  it('exports the run as a transcript and as SVG', async () => {
    await send(page, update(manifest(), 5));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    await page.click('.export-transcript');
    const transcript = String((await waitForPosted(page, 'exportTranscript')).text);
    const lines = transcript.split('\n');
    assert.ok(lines.some((l) => /^NAME\s+READY\s+STATUS/.test(l)));
    assert.ok(lines.some((l) => /^web-2\s+1\/1\s+Running/.test(l)));
    assert.ok(
      lines.some((l) => /^\s+\d+s\s+Normal\s+SuccessfulCreate\s+StatefulSet\/web\s/.test(l)),
    );
    await page.click('.export-svg');
    const svg = String((await waitForPosted(page, 'exportSvg')).svg);
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, />web-2</);
  });

  it('moves through the tree with the arrow keys and reveals with Enter', async () => {
    await send(page, update(manifest(), 6));
    await page.locator('.pod-name', { hasText: 'web-0' }).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator(':focus').innerText(), 'web-1');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator(':focus').innerText(), 'web-1.nginx.default.svc.cluster.local');
    await page.keyboard.press('Enter');
    const reveal = await waitForPosted(page, 'reveal');
    assert.equal(reveal.target, 'dns');
    assert.equal(await page.locator('.tree button[tabindex="0"]').count(), 1);
  });

  it('focuses the set the editor cursor is in, and copies DNS names through the host', async () => {
    const two = `${manifest()}---\n${manifest({ name: 'db' }).split('---\n')[1]}`;
    await send(page, update(two, 10));
    await page.locator('.set-name', { hasText: 'web' }).waitFor();
    await send(page, { type: 'focus', uri: URI, version: 10, docIndex: 2 });
    await page.locator('.set-name', { hasText: 'db' }).waitFor();
    assert.deepEqual(await page.locator('.pod-name').allInnerTexts(), ['db-0', 'db-1', 'db-2']);
    assert.equal((await waitForPosted(page, 'selection')).docIndex, 2);
    await page.locator('.pod .copy').first().click();
    assert.equal((await waitForPosted(page, 'copy')).text, 'db-0.nginx.default.svc.cluster.local');
  });

  it('switches to a compact grid for large sets', async () => {
    await send(page, update(manifest({ replicas: 300, parallel: true }), 7));
    await page.locator('.pods.compact').waitFor();
    assert.equal(await page.locator('.pods .cell').count(), 300);
    assert.equal(await page.locator('.pod').count(), 0);
  });

  it('stops settling a slow set early and lets the user go on', async () => {
    // 5,000 OrderedReady pods take about 30,000 steps, more than one settle runs.
    await send(page, update(manifest({ replicas: 5000 }), 12));
    await page.locator('.pods.compact').waitFor();
    await page.locator('.notice.info').waitFor();
    assert.equal(await page.locator('.step').isEnabled(), true);
    assert.ok((await page.locator('.pods .cell').count()) < 5000);
  });

  it('comes back at the same point of the run after a reload', async () => {
    await send(page, update(manifest({ image: 'nginx:1.28' }), 8));
    await send(page, rollout(manifest(), 8));
    await page.locator('.play[aria-pressed="true"]').click();
    for (let i = 0; i < 5; i++) await page.click('.step');
    const before = await clock(page);
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { __state?: { simulationStep: number } }).__state
          ?.simulationStep !== undefined,
    );
    await page.waitForFunction((c) => {
      const s = (globalThis as unknown as { __state?: { simulationStep: number } }).__state;
      return s !== undefined && c.endsWith(`step ${s.simulationStep}`);
    }, before);
    const state = await savedState(page);
    page = await panel.reopen(state);
    await send(page, update(manifest({ image: 'nginx:1.28' }), 8));
    await page.locator('.clock', { hasText: before }).waitFor();
    assert.equal(await page.locator('.revisions.rolling').count(), 1);
  });
});
