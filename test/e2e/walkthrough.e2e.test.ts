import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../../src/rules';
import { lintText } from '../../src/rules/lint';
import { firstStatefulSet } from '../vscode/suite/facts';
import { REPO_ROOT } from './codeServer';
import { applyEdits, place } from './place';
import { session } from './session';

const WALKTHROUGH = 'Get Started with StatefulSet Studio';
const EXAMPLE = 'sessions.yaml';
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The bundled example as shipped, and the finding the "quick fix" step shows first. */
function bundledExample(): { text: string; finding: Finding } {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'media', 'walkthrough', 'example.yaml'), 'utf8');
  const [finding] = lintText(text, EXAMPLE)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
      || a.range.start - b.range.start);
  assert.ok(finding, 'the walkthrough example should hold a finding');
  return { text, finding };
}

describe('Getting Started walkthrough in VS Code', () => {
  const stepId = (id: string) => `statefulset-studio.statefulset-studio#gettingStarted#${id}`;

  /** Back to the walkthrough page, expands step `id` and presses its button. */
  async function runStep(id: string, button: string): Promise<void> {
    const { page, workbench } = session();
    // The Welcome tab may have gone back to its start page; the command brings the steps back.
    await workbench.runCommand('Welcome: Open Walkthrough...', WALKTHROUGH);
    const selector = `button.getting-started-step[data-step-id="${stepId(id)}"]`;
    // The expanded step is a disabled button; only a collapsed one takes the click.
    const step = page.locator(selector);
    if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
    await page.locator(`${selector}[aria-expanded="true"]`).waitFor();
    await page.getByRole('button', { name: button, exact: true }).click();
    await workbench.activeTab(EXAMPLE).waitFor();
  }

  it('walks: open the example, fix a finding, preview it, play a rollout', async function () {
    this.timeout(180_000);
    const s = session();
    const { text, finding } = bundledExample();
    const fix = finding.fixes?.find((f) => f.preferred);
    assert.ok(fix, 'the first finding of the walkthrough example should have a preferred fix');

    await s.workbench.runCommand('View: Close All Editors');

    // 1. Open an example.
    await runStep('openExample', 'Open Example');

    // 2. See a finding and its quick fix: the menu opens on the finding; apply the preferred fix.
    await runStep('quickFix', 'Show the Quick Fix');
    const item = s.page.locator('.action-widget .monaco-list-row', { hasText: fix.title }).first();
    await item.click();
    await s.workbench.save();
    const stored = path.join(s.server.userDataDir, 'User', 'globalStorage',
      'statefulset-studio.statefulset-studio', 'walkthrough', EXAMPLE);
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fs.readFileSync(stored, 'utf8'), fixed);

    // 3. Open the preview: pods, claims and DNS names of the example.
    const facts = firstStatefulSet(fixed);
    await runStep('preview', 'Open Preview');
    const view = s.workbench.webview();
    for (const name of [...facts.pods, ...facts.pvcs, ...facts.dnsNames]) {
      await view.locator('body', { hasText: name }).waitFor({ timeout: 30_000 });
    }

    // 4. Change the image tag, then play the rollout to the end.
    const at = place(fixed, facts.image.start);
    await s.workbench.activateTab(EXAMPLE);
    await s.workbench.goTo(at.line, at.column);
    await s.page.keyboard.press('Shift+End');
    await s.page.keyboard.type(`${facts.image.value}-patched`);
    await s.page.keyboard.press('Escape');
    await runStep('rollout', 'Simulate Rollout');
    await view.locator('.revisions.rolling').waitFor({ timeout: 30_000 });
    await view.locator('.revisions:not(.rolling)').waitFor({ timeout: 60_000 });
    await view.locator('[data-field="updatedReplicas"]', { hasText: new RegExp(`^${facts.replicas}$`) })
      .waitFor({ timeout: 60_000 });

    // Back on the walkthrough, every step is ticked.
    await s.workbench.runCommand('Welcome: Open Walkthrough...', WALKTHROUGH);
    for (const id of ['openExample', 'quickFix', 'preview', 'rollout']) {
      await s.page.locator(`[data-done-step-id="${stepId(id)}"].codicon-getting-started-step-checked`)
        .waitFor();
    }
    await s.screenshot('walkthrough');
  });
});
