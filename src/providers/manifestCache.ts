import * as vscode from 'vscode';
import { ManifestCache } from '../manifest/incremental';
import { ParsedManifest } from '../manifest';

/** One incremental parse per open document, shared by hover, completion and CodeLens. */
const caches = new Map<string, { version: number; cache: ManifestCache }>();

// NOTE: the first request on a huge file parses it whole on the extension host (seconds for
// 50,000 lines); later edits re-parse only the touched YAML documents.
/** The parsed text of `doc` at its current version; only edited YAML documents are re-parsed. */
export function manifestFor(doc: vscode.TextDocument): ParsedManifest {
  const key = doc.uri.toString();
  const entry = caches.get(key);
  if (entry && entry.version === doc.version) return entry.cache.manifest;
  const cache = entry?.cache ?? new ManifestCache(key);
  cache.update(doc.getText());
  caches.set(key, { version: doc.version, cache });
  return cache.manifest;
}

/** Drops the parse of closed documents. */
export function registerManifestCache(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidCloseTextDocument((doc) => caches.delete(doc.uri.toString())),
    { dispose: () => caches.clear() },
  );
}
