import * as vscode from 'vscode';

// NOTE: background tabs past this cap get no problems until they are shown.
/** Documents of background tabs linted at activation at most (the rest wait to be shown). */
export const MAX_TAB_DOCUMENTS = 50;

/**
 * URIs of YAML files shown in editor tabs, active or not. After a window reload VS Code restores
 * background tabs without loading their documents, so `workspace.textDocuments` misses them.
 */
export function yamlTabUris(tabs: readonly vscode.Tab[] = allTabs()): vscode.Uri[] {
  const seen = new Set<string>();
  const out: vscode.Uri[] = [];
  for (const tab of tabs) {
    const input = tab.input;
    if (!(input instanceof vscode.TabInputText) || !/\.ya?ml$/i.test(input.uri.path)) continue;
    const key = input.uri.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input.uri);
  }
  return out;
}

/** Whether some editor tab still shows `uri` (its document may be unloaded meanwhile). */
export function isShownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return yamlTabUris().some((u) => u.toString() === key);
}

/** Tabs opened and closed from now on (a no-op where the editor has no tab API). */
export function onDidChangeTabs(
  listener: (opened: readonly vscode.Tab[], closed: readonly vscode.Tab[]) => void,
): vscode.Disposable {
  const groups = vscode.window.tabGroups;
  if (!groups) return { dispose: () => undefined };
  return groups.onDidChangeTabs((e) => {
    if (e.opened.length > 0 || e.closed.length > 0) listener(e.opened, e.closed);
  });
}

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups?.all.flatMap((group) => group.tabs) ?? [];
}

/**
 * Loads the documents of YAML tabs that are not loaded yet (no editor is shown) and hands each
 * to `lint`, at most `MAX_TAB_DOCUMENTS`; files that cannot be read are skipped.
 */
export async function lintTabDocuments(
  uris: readonly vscode.Uri[],
  lint: (doc: vscode.TextDocument) => void,
  onError: (uri: vscode.Uri, err: unknown) => void,
): Promise<void> {
  const loaded = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const pending = uris.filter((u) => !loaded.has(u.toString())).slice(0, MAX_TAB_DOCUMENTS);
  for (const uri of pending) {
    try {
      lint(await vscode.workspace.openTextDocument(uri));
    } catch (err) {
      onError(uri, err);
    }
  }
}
