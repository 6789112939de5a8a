import * as vscode from 'vscode';
import type { Logger } from '../util/logger';
import { PreviewManager } from './previewManager';

/** Arguments the commands accept from CodeLens, menus and the palette. */
function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  return vscode.window.activeTextEditor?.document.uri;
}

function docIndexOf(arg: unknown): number | undefined {
  return typeof arg === 'number' && Number.isInteger(arg) && arg >= 0 ? arg : undefined;
}

/** The preview panel, its four commands and its serializer. */
export function registerPreviewPanel(
  context: vscode.ExtensionContext,
  log: Logger,
): vscode.Disposable {
  const manager = new PreviewManager(context.extensionUri, log);
  const guard = (name: string, run: (uri: vscode.Uri, docIndex: number | undefined) => unknown) =>
    vscode.commands.registerCommand(name, async (uriArg?: unknown, indexArg?: unknown) => {
      const uri = targetOf(uriArg);
      if (!uri) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Open a YAML file with a StatefulSet first.'),
        );
        return;
      }
      try {
        await run(uri, docIndexOf(indexArg));
      } catch (err) {
        log.error(err instanceof Error ? err : String(err));
      }
    });
  return vscode.Disposable.from(
    manager,
    guard('statefulsetStudio.openPreviewToSide', (uri, i) => manager.openPreview(uri, i, false)),
    guard('statefulsetStudio.openLockedPreview', (uri, i) => manager.openPreview(uri, i, true)),
    guard('statefulsetStudio.simulateRollout', (uri, i) => manager.simulateRollout(uri, i)),
    guard('statefulsetStudio.simulateScale', (uri, i) => manager.simulateScale(uri, i)),
  );
}
