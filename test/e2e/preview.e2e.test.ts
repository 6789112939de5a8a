import * as assert from 'node:assert/strict';
import { firstStatefulSet, SetFacts } from '../vscode/suite/facts';
import { place } from './place';
import { session } from './session';

const FILE = 'web.yaml';

/** Waits until the preview shows each of `names` as text. */
async function expectShown(names: string[]): Promise<void> {
  const view = session().workbench.webview();
  for (const name of names) {
    await view.locator('body', { hasText: name }).waitFor({ timeout: 30_000 });
  }
}

describe('Preview and simulation panel in VS Code', () => {
  let facts: SetFacts;

  before(() => {
    facts = firstStatefulSet(session().read(FILE));
  });

  it('"Open Preview to the Side" shows the pods, PVCs and DNS names', async () => {
    const s = session();
    await s.workbench.openFile(FILE);
    await s.workbench.runCommand('StatefulSet: Open Preview to the Side');
    await expectShown([...facts.pods, ...facts.pvcs, ...facts.dnsNames]);
    await s.screenshot('preview');
  });

  it('"Simulate rollout" plays an image change to the end', async () => {
    const s = session();
    const wb = s.workbench;
    const text = s.read(FILE);
    await wb.openFile(FILE);
    // Select the image value and type a new tag: unsaved, so the saved file is the baseline.
    const from = place(text, facts.image.start);
    const to = place(text, facts.image.end);
    assert.equal(from.line, to.line, 'the image value should sit on one line');
    await wb.goTo(from.line, from.column);
    await s.page.keyboard.press('Shift+End');
    await s.page.keyboard.type(`${facts.image.value}-next`);
    await s.page.keyboard.press('Escape');
    await s.page.locator('.tabs-container .tab.active.dirty').waitFor();
    await wb.runCommand('StatefulSet: Simulate Rollout');
    const view = wb.webview();
    await view.locator('.revisions.rolling').waitFor({ timeout: 30_000 });
    await s.screenshot('rollout');
    const replicas = String(facts.replicas);
    await view.locator('.revisions:not(.rolling)').waitFor({ timeout: 60_000 });
    for (const field of ['updatedReplicas', 'readyReplicas', 'currentReplicas']) {
      await view.locator(`[data-field="${field}"]`, { hasText: new RegExp(`^${replicas}$`) })
        .waitFor({ timeout: 60_000 });
    }
    await wb.runCommand('File: Revert File');
    await s.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  });

  it('comes back after a window reload', async () => {
    const s = session();
    const reloaded = s.page.waitForEvent('load');
    await s.workbench.runCommand('Developer: Reload Window');
    await reloaded;
    await s.workbench.waitForWorkbench();
    await expectShown([facts.pods[0], facts.pvcs[0] ?? facts.pods[0]]);
  });
});
