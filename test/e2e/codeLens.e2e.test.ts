import { firstStatefulSet } from '../vscode/suite/facts';
import { session } from './session';

describe('CodeLens in VS Code', () => {
  it('names the pods above the StatefulSet and its Preview lens opens the preview', async () => {
    const s = session();
    const facts = firstStatefulSet(s.read('web.yaml'));
    await s.workbench.openFile('web.yaml');
    const first = facts.pods[0];
    const last = facts.pods[facts.pods.length - 1];
    const lens = s.page.locator('.codelens-decoration', { hasText: first })
      .filter({ hasText: last }).first();
    await lens.waitFor();
    await lens.locator('a', { hasText: /^Preview$/ }).click();
    const view = s.workbench.webview();
    for (const pod of facts.pods) await view.locator('body', { hasText: pod }).waitFor();
    await s.workbench.runCommand('View: Close All Editors');
  });
});
