import { firstStatefulSet } from '../vscode/suite/facts';
import { place } from './place';
import { session } from './session';

describe('Hover in VS Code', () => {
  it('shows the pod names over the StatefulSet name', async () => {
    const s = session();
    const text = s.read('web.yaml');
    const facts = firstStatefulSet(text);
    await s.workbench.openFile('web.yaml');
    const at = place(text, facts.nameOffset + 1);
    await s.workbench.goTo(at.line, at.column);
    await s.workbench.runCommand('Show or Focus Hover');
    const hover = s.page.locator('.monaco-editor .monaco-hover');
    for (const pod of [facts.pods[0], facts.pods[facts.pods.length - 1]]) {
      await hover.filter({ hasText: pod }).first().waitFor();
    }
    await s.page.keyboard.press('Escape');
  });
});
