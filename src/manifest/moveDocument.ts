// Moving a parsed document along its file: after an edit before it, every range it holds (its
// own, its problems', its syntax nodes') shifts by the edit's length change. ManifestCache does
// this lazily, when a moved document is read.
import { isMap, isPair, isSeq } from 'yaml';
import { ManifestDocument } from './parseManifest';

/**
 * Moves every range of a document (and its nodes and objects) by `delta`; reindexes it. Placing a
 * fresh parse walks its nodes (`again` false); a document moved again by edits before it keeps
 * the list of its node ranges for the next moves, which then need no walk.
 */
export function moveDocument(d: ManifestDocument, delta: number, docShift: number, again = true): void {
  d.index += docShift;
  for (const o of d.objects) o.docIndex += docShift;
  if (delta === 0) return;
  d.range.start += delta;
  d.range.end += delta;
  for (const p of d.syntaxProblems) {
    p.range.start += delta;
    p.range.end += delta;
  }
  const r = d.doc.range;
  for (let k = 0; k < r.length; k++) r[k] += delta;
  for (const e of [...d.doc.errors, ...d.doc.warnings]) {
    e.pos[0] += delta;
    e.pos[1] += delta;
  }
  let ranges = nodeRanges.get(d.doc);
  if (!ranges && !again) {
    eachNodeRange(d.doc.contents, (range) => shift(range, delta));
    return;
  }
  if (!ranges) {
    const found: number[][] = [];
    eachNodeRange(d.doc.contents, (range) => found.push(range));
    // NOTE: held while the document lives (8 bytes per node) to keep moves after edits cheap.
    nodeRanges.set(d.doc, ranges = found.slice()); // exact size: a pushed array keeps spare room
  }
  for (let k = 0; k < ranges.length; k++) shift(ranges[k], delta);
}

function shift(range: number[], delta: number): void {
  for (let m = 0; m < range.length; m++) range[m] += delta;
}

/** The range arrays of every node of a document, gathered on its second move (nodes never change). */
const nodeRanges = new WeakMap<object, number[][]>();

/** Calls `f` with the range array of `node` and of every node under it. */
function eachNodeRange(node: unknown, f: (range: number[]) => void): void {
  if (!node || typeof node !== 'object') return;
  const n = node as { range?: number[] | null; items?: unknown[] };
  if (n.range) f(n.range);
  const items = n.items;
  if (!Array.isArray(items) || !(isMap(node) || isSeq(node))) return;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (isPair(item)) {
      eachNodeRange(item.key, f);
      eachNodeRange(item.value, f);
    } else {
      eachNodeRange(item, f);
    }
  }
}
