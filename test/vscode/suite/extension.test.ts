import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openExample, ourDiagnostics, waitFor } from './helpers';

describe('extension', () => {
  it('activates when a YAML file opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
    assert.equal(ext.isActive, false, 'active before any YAML file was opened');
    // Nothing calls activate(): diagnostics on the broken example can only come from activation.
    const editor = await openExample('mistakes.yaml');
    await ourDiagnostics(editor.document.uri);
    assert.equal(ext.isActive, true);
  });

  it('registers every command its package.json contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    await ext?.activate();
    const declared = (ext?.packageJSON.contributes?.commands ?? []) as { command: string }[];
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'declared but not registered');
  });

  it('opens the preview to the side as a webview of ours', async () => {
    const editor = await openExample('web.yaml');
    await vscode.commands.executeCommand('statefulsetStudio.openPreviewToSide', editor.document.uri);
    const tab = await waitFor(vscode.window.tabGroups.onDidChangeTabs, previewTab, 'a preview tab');
    assert.ok(tab.group.viewColumn !== editor.viewColumn, 'the preview opened over the editor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reveals the existing preview instead of opening a second one', async () => {
    const editor = await openExample('web.yaml');
    await vscode.commands.executeCommand('statefulsetStudio.openPreviewToSide', editor.document.uri);
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, previewTab, 'a preview tab');
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand('statefulsetStudio.openPreviewToSide', editor.document.uri);
    assert.equal(previewTabs().length, 1);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the Getting Started example, with a finding, from the walkthrough', async () => {
    await vscode.commands.executeCommand('statefulsetStudio.walkthrough.openExample');
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'no editor opened');
    assert.match(doc.uri.path, /\/walkthrough\/sessions\.yaml$/);
    assert.equal(doc.languageId, 'yaml');
    assert.ok((await ourDiagnostics(doc.uri)).length > 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('raises the image tag when the walkthrough rollout is pressed on an unedited example', async () => {
    await vscode.commands.executeCommand('statefulsetStudio.walkthrough.openExample');
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'no editor opened');
    const before = /image:\s*(\S+)/.exec(doc.getText())?.[1];
    assert.ok(before, 'the example names an image');
    await vscode.commands.executeCommand('statefulsetStudio.walkthrough.simulateRollout');
    const after = /image:\s*(\S+)/.exec(doc.getText())?.[1];
    assert.ok(doc.isDirty, 'the example was not edited');
    assert.notEqual(after, before);
    assert.equal(after?.replace(/\d+$/, ''), before.replace(/\d+$/, ''), 'only the last number changes');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.ok(!doc.isDirty, 'the example could not be reverted');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) =>
    t.input instanceof vscode.TabInputWebview && /statefulsetStudio/i.test(t.input.viewType));
}

function previewTab(): vscode.Tab | undefined {
  return previewTabs()[0];
}
