import * as vscode from 'vscode';
import { hoverAt } from '../language/hover';
import { Logger } from '../util/logger';
import { languageContextFor } from './languageContextFor';
import { toRange } from './positions';

class StudioHoverProvider implements vscode.HoverProvider {
  constructor(private readonly log: Logger) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const result = hoverAt(doc.getText(), doc.offsetAt(position), languageContextFor(doc));
      if (!result) return undefined;
      return new vscode.Hover(
        new vscode.MarkdownString(result.markdown),
        toRange(doc, result.range),
      );
    } catch (err) {
      this.log.error(err instanceof Error ? err : String(err));
      return undefined;
    }
  }
}

/** Field documentation, pod/PVC/DNS names and the governing Service on hover. */
export function registerHover(log: Logger): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'yaml' }, new StudioHoverProvider(log));
}
