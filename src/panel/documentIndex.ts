import * as vscode from 'vscode';
import { parseManifest } from '../manifest';

/** Where the StatefulSets of one document version are. */
interface SetSpans {
  version: number;
  spans: { start: number; end: number; docIndex: number }[];
}

/**
 * Remembers, per document version, which YAML documents hold a StatefulSet, so cursor moves and
 * editor switches do not re-parse the file each time.
 */
export class StatefulSetIndex {
  private readonly cache = new Map<string, SetSpans>();

  /** The document index of the StatefulSet around `offset`, if the cursor is inside one. */
  docIndexAt(doc: vscode.TextDocument, offset: number): number | undefined {
    const found = this.spansOf(doc).find((s) => offset >= s.start && offset <= s.end);
    return found?.docIndex;
  }

  /** The document index of the first StatefulSet, if the document has any. */
  firstDocIndex(doc: vscode.TextDocument): number | undefined {
    return this.spansOf(doc)[0]?.docIndex;
  }

  hasStatefulSet(doc: vscode.TextDocument): boolean {
    return this.spansOf(doc).length > 0;
  }

  forget(doc: vscode.TextDocument): void {
    this.cache.delete(doc.uri.toString());
  }

  private spansOf(doc: vscode.TextDocument): SetSpans['spans'] {
    if (doc.languageId !== 'yaml') return [];
    const key = doc.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === doc.version) return cached.spans;
    const text = doc.getText();
    const spans: SetSpans['spans'] = [];
    if (/StatefulSet/.test(text)) {
      for (const d of parseManifest(text, key).documents) {
        if (d.objects.some((o) => o.kind === 'StatefulSet')) {
          spans.push({ start: d.range.start, end: d.range.end, docIndex: d.index });
        }
      }
    }
    this.cache.set(key, { version: doc.version, spans });
    return spans;
  }
}
