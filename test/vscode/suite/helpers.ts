import * as vscode from 'vscode';

export const EXTENSION_ID = 'statefulset-studio.statefulset-studio';

/** The workspace's copy of an example, opened in an editor. */
export async function openExample(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the examples folder open as the workspace');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  return vscode.window.showTextDocument(doc);
}

/** Resolves with the first value `probe` returns for an event, or rejects after `ms`. */
export function waitFor<T>(event: vscode.Event<unknown>, probe: () => T | undefined,
  what: string, ms = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const value = probe();
      if (value === undefined) return false;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
      return true;
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event(() => { check(); });
    check();
  });
}

/** Our diagnostics for `uri`, once the provider has published any. */
export function ourDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => {
    const mine = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'statefulset-studio');
    return mine.length > 0 ? mine : undefined;
  }, `diagnostics on ${uri.toString()}`);
}

/** Plain text of hover contents, whichever form each part takes. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => {
    if (typeof c === 'string') return c;
    return 'value' in c ? c.value : '';
  }).join('\n');
}

/** Offset of the value of the first `key: value` line after `from` in `text`. */
export function offsetOfValue(text: string, key: string, from = 0): number {
  const re = new RegExp(`^\\s*${key}:\\s*`, 'm');
  const m = re.exec(text.slice(from));
  if (!m) throw new Error(`no ${key}: after offset ${from}`);
  return from + m.index + m[0].length;
}
