import * as vscode from 'vscode';
import { ManifestCache } from '../manifest/incremental';
import { runInSlices } from '../manifest/slices';
import { ParsedManifest } from '../manifest';

/**
 * One incremental parse per open document, shared by the diagnostics linter, hover, completion,
 * CodeLens, the object index, update safety and the preview. Whoever brings it to a newer text,
 * the linter learns which documents were re-parsed (`ManifestCache.onChange`).
 */
const caches = new Map<string, { version: number; cache: ManifestCache }>();

/** The parse in slices under way per document URI, and the version it is for. */
const slicing = new Map<string, { version: number; done: Promise<ParsedManifest | undefined> }>();

/** A cache whose parse is not finished (or not started) has this version. */
const UNPARSED = -1;

// NOTE: hover, completion and code actions ask for the parse at once: on a huge file they ask
// about before its parse in slices (`manifestInSlices`) ends, they finish that parse in one go.
/** The parsed text of `doc` at its current version; only edited YAML documents are re-parsed. */
export function manifestFor(doc: vscode.TextDocument): ParsedManifest {
  const key = doc.uri.toString();
  const entry = caches.get(key);
  if (entry && entry.version === doc.version) return entry.cache.manifest;
  const cache = sharedCacheOf(doc);
  // A parse in slices an edit stopped is finished first (usually less work than starting over).
  cache.catchUp(doc.getText());
  caches.set(key, { version: doc.version, cache });
  return cache.manifest;
}

/** The parse of `doc` the providers share, made (empty) if there is none yet. */
export function sharedCacheOf(doc: vscode.TextDocument): ManifestCache {
  const key = doc.uri.toString();
  let entry = caches.get(key);
  if (!entry) caches.set(key, (entry = { version: UNPARSED, cache: new ManifestCache(key) }));
  return entry.cache;
}

/** The shared parse of `doc` if it is at the document's current version (for segment bounds). */
export function parsedCacheOf(doc: vscode.TextDocument): ManifestCache | undefined {
  const entry = caches.get(doc.uri.toString());
  return entry && entry.version === doc.version ? entry.cache : undefined;
}

/**
 * The same parse as `manifestFor`, made in slices of about `sliceMs` with `pause()` awaited in
 * between, so that opening or pasting into a huge file does not hold the editor; undefined when
 * the document changes or closes first. Calls for the same version share one run.
 */
export function manifestInSlices(
  doc: vscode.TextDocument,
  pause: () => Promise<void> = yieldToEditor,
  sliceMs = 8,
): Promise<ParsedManifest | undefined> {
  const key = doc.uri.toString();
  const entry = caches.get(key);
  if (entry && entry.version === doc.version) return Promise.resolve(entry.cache.manifest);
  const running = slicing.get(key);
  if (running && running.version === doc.version) return running.done;
  const done = parseInSlices(doc, pause, sliceMs);
  slicing.set(key, { version: doc.version, done });
  void done.finally(() => {
    if (slicing.get(key)?.done === done) slicing.delete(key);
  });
  return done;
}

async function parseInSlices(
  doc: vscode.TextDocument,
  pause: () => Promise<void>,
  sliceMs: number,
): Promise<ParsedManifest | undefined> {
  const key = doc.uri.toString();
  const version = doc.version;
  const cache = sharedCacheOf(doc);
  const stale = () => doc.isClosed || doc.version !== version;
  await updateInSlices(cache, doc.getText(), stale, pause, sliceMs);
  // `manifestFor` may have brought the cache to a newer version meanwhile.
  if (stale() || caches.get(key)?.cache !== cache) return undefined;
  caches.set(key, { version, cache });
  return cache.manifest;
}

/** A one-off parse of `text` (a file read from disk) made in slices; equal to `parseManifest`. */
export async function parseFileInSlices(source: string, text: string): Promise<ParsedManifest> {
  const cache = new ManifestCache(source);
  await updateInSlices(cache, text, () => false);
  return cache.manifest;
}

/**
 * Brings `cache` to `text` in slices of about `sliceMs`, awaiting `pause()` between them; stops
 * as soon as `isStale()` holds after a pause (the cache keeps what it parsed, see `updateSteps`).
 * A parse an earlier call left unfinished is finished first: nothing is parsed twice.
 */
export async function updateInSlices(
  cache: ManifestCache,
  text: string,
  isStale: () => boolean,
  pause: () => Promise<void> = yieldToEditor,
  sliceMs = 8,
): Promise<void> {
  await runInSlices(cache.catchUpSteps(text), pause, isStale, sliceMs);
}

function yieldToEditor(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Drops the parse of closed documents. */
export function registerManifestCache(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidCloseTextDocument((doc) => caches.delete(doc.uri.toString())),
    { dispose: () => caches.clear() },
  );
}
