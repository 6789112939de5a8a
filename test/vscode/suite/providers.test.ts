import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lintText } from '../../../src/rules/lint';
import { applyEdits } from '../../e2e/place';
import { firstStatefulSet } from './facts';
import { hoverText, openExample, ourDiagnostics } from './helpers';

/** The rule id a diagnostic carries as its code. */
function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function quickFixes(uri: vscode.Uri, range: vscode.Range) {
  return vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
}

describe('providers through the VS Code API', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('publishes the core findings of mistakes.yaml as diagnostics with rule ids', async () => {
    const { document: doc } = await openExample('mistakes.yaml');
    const key = (id: string, p: vscode.Position) => `${id}@${p.line}:${p.character}`;
    const expected = lintText(doc.getText(), doc.uri.toString())
      .map((f) => key(f.ruleId, doc.positionAt(f.range.start))).sort();
    assert.ok(expected.length >= 2, 'mistakes.yaml should hold several mistakes');
    const got = (await ourDiagnostics(doc.uri)).map((d) => key(codeOf(d), d.range.start)).sort();
    assert.deepEqual(got, expected);
  });

  it('offers each preferred fix as a preferred quick fix that edits as the core says', async () => {
    const { document: doc } = await openExample('mistakes.yaml');
    const text = doc.getText();
    const finding = lintText(text, doc.uri.toString())
      .find((f) => f.fixes?.some((x) => x.preferred));
    assert.ok(finding, 'mistakes.yaml should hold a finding with a preferred fix');
    const fix = finding.fixes!.find((x) => x.preferred)!;
    await ourDiagnostics(doc.uri);
    const range = new vscode.Range(
      doc.positionAt(finding.range.start), doc.positionAt(finding.range.end));
    const actions = await quickFixes(doc.uri, range);
    const action = actions
      .find((a): a is vscode.CodeAction => 'kind' in a && a.title === fix.title);
    const titles = actions.map((a) => a.title).join(', ');
    assert.ok(action, `no quick fix titled "${fix.title}" among ${titles}`);
    assert.equal(action.isPreferred, true);
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
    if (action.command) {
      const args = action.command.arguments ?? [];
      await vscode.commands.executeCommand(action.command.command, ...args);
    }
    assert.equal(doc.getText(), applyEdits(text, fix.edits));
  });

  it('offers to disable a rule for one line', async () => {
    const { document: doc } = await openExample('mistakes.yaml');
    const [diagnostic] = await ourDiagnostics(doc.uri);
    const actions = await quickFixes(doc.uri, diagnostic.range);
    const code = codeOf(diagnostic);
    assert.ok(actions.some((a) => a.title.includes(code) && /line/i.test(a.title)),
      `no per-line disable action for ${code}`);
  });

  it('hovers the StatefulSet name with its pod names', async () => {
    const { document: doc } = await openExample('web.yaml');
    const facts = firstStatefulSet(doc.getText());
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', doc.uri, doc.positionAt(facts.nameOffset + 1));
    const text = hoverText(hovers);
    for (const pod of [facts.pods[0], facts.pods[facts.pods.length - 1]]) {
      assert.ok(text.includes(pod), `hover lacks ${pod}:\n${text}`);
    }
  });

  it('completes StatefulSet spec fields', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content:
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: cart\nspec:\n  \n' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(5, 2));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const field of ['serviceName', 'podManagementPolicy', 'volumeClaimTemplates']) {
      assert.ok(labels.some((l) => l.startsWith(field)), `no completion for ${field}`);
    }
  });

  it('puts pod names, Preview and Simulate rollout lenses above each StatefulSet', async () => {
    const { document: doc } = await openExample('web.yaml');
    const facts = firstStatefulSet(doc.getText());
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider', doc.uri, 10);
    const commands = lenses.map((l) => l.command).filter((c): c is vscode.Command => !!c);
    assert.ok(commands.some((c) => c.title.includes(facts.pods[0])), 'no lens naming the pods');
    for (const id of ['statefulsetStudio.openPreviewToSide', 'statefulsetStudio.simulateRollout']) {
      const lens = commands.find((c) => c.command === id);
      assert.ok(lens, `no lens running ${id}`);
      assert.equal(String(lens.arguments?.[0]), doc.uri.toString());
      assert.equal(lens.arguments?.[1], facts.set.docIndex);
    }
  });
});
