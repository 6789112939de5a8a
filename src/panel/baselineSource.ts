import * as vscode from 'vscode';
import { BaselineSource, getBaseline as getProviderBaseline } from '../providers/baseline';
import type { Logger } from '../util/logger';

/** The text a rollout starts from, and where it came from. */
export interface Baseline {
  text: string;
  label: string;
}

function labelOf(source: BaselineSource): string {
  switch (source) {
    case 'git':
      return vscode.l10n.t('git HEAD');
    case 'saved':
      return vscode.l10n.t('the last saved version');
    case 'chosen':
      return vscode.l10n.t('the chosen baseline file');
  }
}

/**
 * The baseline for "Simulate rollout": the file the user chose as baseline, else its version in
 * git HEAD, else the last saved version (all from providers/baseline.ts); when none can be read
 * (an untitled file), a file the user picks now.
 */
export async function getBaseline(uri: vscode.Uri, log: Logger): Promise<Baseline | undefined> {
  const found = await getProviderBaseline(uri);
  if (found) return { text: found.text, label: labelOf(found.source) };
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Pick the manifest the rollout starts from'),
    canSelectMany: false,
    filters: { YAML: ['yaml', 'yml'] },
  });
  if (!picked || picked.length === 0) {
    log.info('panel: rollout cancelled, no baseline');
    return undefined;
  }
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(picked[0]));
    return { text, label: picked[0].path.split('/').pop() ?? picked[0].toString() };
  } catch (err) {
    log.error(err instanceof Error ? err : String(err));
    return undefined;
  }
}
