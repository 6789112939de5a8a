import * as vscode from 'vscode';
import { LanguageContext } from '../language/languageContext';
import { manifestFor } from './manifestCache';
import { objectIndex } from './objectIndex';
import { readSettings } from './settings';

/** What completion and hover know about `doc`: settings and the other files' objects. */
export function languageContextFor(doc: vscode.TextDocument): LanguageContext {
  const source = doc.uri.toString();
  return {
    source,
    settings: readSettings(doc.uri),
    otherObjects: objectIndex.otherObjects(source),
    lineStartsOf: (other) => objectIndex.lineStartsOf(other),
    manifest: manifestFor(doc),
  };
}
