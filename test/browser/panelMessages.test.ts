import * as assert from 'node:assert/strict';
import { Page } from 'playwright-core';
import { counter, manifest, PAUSE_WHEN_JUMPING, rollout, send, update, URI, usePanelPage } from './panelHelpers';

// What the panel tells the user: refused updates, field errors, capped views and runs, and when
// "stable" may be said. In headless Chromium, waiting on what the page shows.

describe('preview panel messages in Chromium', function () {
  let page: Page;
  usePanelPage((p) => (page = p));

  it('names the forbidden field and keeps the live Service and DNS names', async () => {
    await send(page, update(manifest({ serviceName: 'other' }), 2));
    await page.locator('.service').waitFor();
    await send(page, rollout(manifest(), 2));
    const notice = page.locator('.notice.error');
    await notice.waitFor();
    assert.match(await notice.innerText(), /spec\.serviceName changed from nginx to other/);
    assert.match(await notice.innerText(), /--cascade=orphan/);
    // The simulation still runs the live set: its Service, and pod DNS names under it.
    await page.locator('.service .service-name', { hasText: 'nginx' }).waitFor();
    const dns = await page.locator('.pod .dns').allInnerTexts();
    assert.ok(dns.length > 0);
    for (const name of dns) assert.match(name, /^web-\d\.nginx\./);
    assert.equal(await page.locator('.waiting').getAttribute('data-settled'), 'true');
  });

  it('refuses Scale to values outside 0..10000 with an inline message', async () => {
    await send(page, update(manifest(), 3));
    await page.locator('.pod-name', { hasText: 'web-2' }).waitFor();
    await page.selectOption('.speed', '10');
    for (const bad of ['10001', '-1', '']) {
      await page.fill('.replicas-input', bad);
      await page.click('button.scale');
      await page.locator('.field-error:not([hidden])').waitFor();
    }
    assert.equal(await page.locator('.replicas-input').getAttribute('max'), '10000');
    await page.fill('.replicas-input', '5');
    await page.press('.replicas-input', 'Enter');
    await page.locator('.field-error[hidden]').waitFor({ state: 'attached' });
    await page.locator('.pod-name', { hasText: 'web-4' }).waitFor();
  });

  it('says that only the first pods of a huge set are drawn, and why', async () => {
    await send(page, update(manifest({ replicas: 1e9 }), 4));
    await page.locator('.notice.error', { hasText: '10000' }).waitFor();
    const title = page.locator('.pods-title.warning');
    await title.waitFor();
    assert.match(await title.innerText(), /5000 of 1000000000/);
    // The field once showed "100000": the start of 1000000000, cut off by its width.
    assert.equal(await page.locator('.replicas-input').inputValue(), '');
  });

  it('does not say stable while pods are still terminating', async () => {
    await send(page, update(manifest({ replicas: 300, parallel: true }), 5));
    await page.locator('.pods.compact').waitFor();
    await page.locator('.waiting[data-settled="true"]').waitFor();
    await send(page, { type: 'simulateScale', uri: URI, version: 5, replicas: 0, docIndex: 1 });
    await page.locator('.play[aria-pressed="true"]').click();
    await page.locator('.play[aria-pressed="false"]').waitFor();
    assert.ok((await page.locator('.pods .cell, .pod').count()) > 0, 'pods are left');
    assert.equal(await page.locator('.waiting').getAttribute('data-settled'), 'false');
    await page.click('.to-end');
    await page.locator('.waiting[data-settled="true"]').waitFor();
    assert.equal(await page.locator('.pods .cell, .pod').count(), 0);
  });

  it('goes on with a paused jump where it stopped', async () => {
    // 10,000 OrderedReady pods take about 60,000 steps: the settle stops and says so; a jump
    // runs in slices, Pause stops it, and Jump to end again finishes.
    await send(page, update(manifest({ replicas: 10000 }), 6));
    await page.locator('.notice.info').waitFor();
    await page.evaluate(PAUSE_WHEN_JUMPING);
    await page.click('.to-end');
    await page.locator('.notice.info[data-jump=""]').waitFor();
    assert.equal(await page.locator('.waiting').getAttribute('data-settled'), 'false');
    const stopped = await page.locator('.clock').innerText();
    await page.click('.to-end');
    await page.locator('.waiting[data-settled="true"]').waitFor({ timeout: 60000 });
    assert.notEqual(await page.locator('.clock').innerText(), stopped);
    assert.equal(await counter(page, 'readyReplicas'), '10000');
  });
});
