import * as vscode from 'vscode';
import { statefulSetLenses } from '../language/codeLens';
import { Logger } from '../util/logger';
import { manifestInSlices } from './manifestCache';
import { toRange } from './positions';

/** Commands implemented by the preview panel; the lenses only reference them. */
export const OPEN_PREVIEW_COMMAND = 'statefulsetStudio.openPreviewToSide';
export const SIMULATE_ROLLOUT_COMMAND = 'statefulsetStudio.simulateRollout';

class StudioCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly log: Logger) {}

  refresh(): void {
    this.changed.fire();
  }

  /** The lenses of `doc` once it is parsed (in slices); none for a version edited meanwhile. */
  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    try {
      if (
        !vscode.workspace
          .getConfiguration('statefulsetStudio', doc.uri)
          .get<boolean>('codeLens.enabled', true)
      )
        return [];
      const manifest = await manifestInSlices(doc);
      if (!manifest) return [];
      const out: vscode.CodeLens[] = [];
      for (const lens of statefulSetLenses(manifest)) {
        const range = toRange(doc, lens.range);
        const args = [doc.uri, lens.docIndex];
        out.push(
          new vscode.CodeLens(range, {
            title: lens.podSummary,
            command: OPEN_PREVIEW_COMMAND,
            arguments: args,
            tooltip: vscode.l10n.t('Pods of StatefulSet {0}: open the preview', lens.name),
          }),
          new vscode.CodeLens(range, {
            title: vscode.l10n.t('Preview'),
            command: OPEN_PREVIEW_COMMAND,
            arguments: args,
          }),
          new vscode.CodeLens(range, {
            title: vscode.l10n.t('Simulate rollout'),
            command: SIMULATE_ROLLOUT_COMMAND,
            arguments: args,
          }),
        );
      }
      return out;
    } catch (err) {
      this.log.error(err instanceof Error ? err : String(err));
      return [];
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** "web-0 … web-2 (3 pods) | Preview | Simulate rollout" above each StatefulSet. */
export function registerCodeLens(log: Logger): vscode.Disposable {
  const provider = new StudioCodeLensProvider(log);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'yaml' }, provider),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('statefulsetStudio')) provider.refresh();
    }),
  );
}
