import * as vscode from 'vscode';
import type { Logger } from '../util/logger';

/** The text a rollout starts from, and where it came from. */
export interface Baseline {
  text: string;
  label: string;
}

/**
 * The baseline for "Simulate rollout": the file's last saved version when the editor holds
 * unsaved changes, otherwise a file the user picks.
 * NOTE: the git HEAD baseline lives with the language features (providers/baseline.ts); until
 * it is wired here the panel falls back to the saved version or a picked file.
 */
export async function getBaseline(uri: vscode.Uri, log: Logger): Promise<Baseline | undefined> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const saved = await readSaved(uri);
  if (saved !== undefined && saved !== doc.getText()) {
    return { text: saved, label: vscode.l10n.t('last saved version') };
  }
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Pick the manifest the rollout starts from'),
    canSelectMany: false,
    filters: { YAML: ['yaml', 'yml'] },
  });
  if (!picked || picked.length === 0) {
    log.info('panel: rollout cancelled, no baseline');
    return undefined;
  }
  const text = await readSaved(picked[0]);
  if (text === undefined) return undefined;
  return { text, label: picked[0].path.split('/').pop() ?? picked[0].toString() };
}

async function readSaved(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme === 'untitled') return undefined;
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
