import * as vscode from 'vscode';
import { ManifestCache } from '../manifest/incremental';
import { manifestFor, manifestInSlices, parsedCacheOf } from '../providers/manifestCache';

/** Where the StatefulSets of one document version are. */
interface SetSpans {
  version: number;
  spans: { start: number; end: number; docIndex: number }[];
}

/**
 * Remembers, per document version, which YAML documents hold a StatefulSet, so cursor moves and
 * editor switches do not look through the file each time. It reads the shared incremental parse
 * (providers/manifestCache.ts): an edit re-parses only the YAML documents it touched.
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

  /**
   * `hasStatefulSet` once the document is parsed in slices (a huge file does not hold the editor);
   * undefined when the document changes first.
   */
  async hasStatefulSetInSlices(doc: vscode.TextDocument): Promise<boolean | undefined> {
    if (doc.languageId !== 'yaml' || !doc.getText().includes('StatefulSet')) return false;
    return (await manifestInSlices(doc)) ? this.hasStatefulSet(doc) : undefined;
  }

  forget(doc: vscode.TextDocument): void {
    this.cache.delete(doc.uri.toString());
  }

  private spansOf(doc: vscode.TextDocument): SetSpans['spans'] {
    if (doc.languageId !== 'yaml') return [];
    const key = doc.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === doc.version) return cached.spans;
    let spans: SetSpans['spans'] = [];
    if (doc.getText().includes('StatefulSet')) {
      let parsed = parsedCacheOf(doc);
      if (!parsed) {
        manifestFor(doc);
        parsed = parsedCacheOf(doc);
      }
      if (parsed) spans = setSpans(parsed);
    }
    this.cache.set(key, { version: doc.version, spans });
    return spans;
  }
}

/** The ranges of the YAML documents that hold a StatefulSet, read without settling them all. */
function setSpans(parsed: ManifestCache): SetSpans['spans'] {
  const spans: SetSpans['spans'] = [];
  for (const seg of parsed.segments) {
    for (const d of seg.documents) {
      if (!d.objects.some((o) => o.kind === 'StatefulSet')) continue;
      // A moved segment's ranges are behind by its pending shift (see `Segment.shift`).
      spans.push({ start: d.range.start + seg.shift, end: d.range.end + seg.shift, docIndex: d.index });
    }
  }
  return spans;
}
