import * as vscode from 'vscode';
import { CompletionEntry, completeAt } from '../language/completion';
import { snippetsAt } from '../language/snippets';
import { Logger } from '../util/logger';
import { languageContextFor } from './languageContextFor';
import { toRange } from './positions';

class StudioCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly log: Logger) {}

  provideCompletionItems(
    doc: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.CompletionItem[] {
    try {
      const offset = doc.offsetAt(position);
      const text = doc.getText();
      const results = [completeAt(text, offset, languageContextFor(doc)), snippetsAt(text, offset)];
      return results.flatMap((result) => {
        if (!result) return [];
        const range = toRange(doc, result.replace);
        return result.items.map((entry) => toItem(entry, range));
      });
    } catch (err) {
      this.log.error(err instanceof Error ? err : String(err));
      return [];
    }
  }
}

function itemKind(kind: CompletionEntry['kind']): vscode.CompletionItemKind {
  switch (kind) {
    case 'field':
      return vscode.CompletionItemKind.Property;
    case 'value':
      return vscode.CompletionItemKind.EnumMember;
    case 'reference':
      return vscode.CompletionItemKind.Reference;
    case 'snippet':
      return vscode.CompletionItemKind.Snippet;
  }
}

function toItem(entry: CompletionEntry, range: vscode.Range): vscode.CompletionItem {
  const kind = itemKind(entry.kind);
  const item = new vscode.CompletionItem(entry.label, kind);
  item.insertText = entry.snippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
  item.range = range;
  item.detail = entry.detail;
  if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
  item.sortText = entry.sortText;
  return item;
}

/** StatefulSet keys, enum values, Service and volume names, and snippets where they fit. */
export function registerCompletion(log: Logger): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    { language: 'yaml' },
    new StudioCompletionProvider(log),
    ':',
  );
}
