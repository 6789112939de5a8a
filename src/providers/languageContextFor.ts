import * as vscode from 'vscode';
import { LanguageContext } from '../language/languageContext';
import { manifestFor } from './manifestCache';
import { objectIndex } from './objectIndex';
import { readSettings } from './settings';

/**
 * What completion and hover know about `doc`: settings and the other files' objects. The whole
 * file's parse and the other files' objects are fetched only when a request reads them, so a
 * completion inside a value that needs neither costs nothing per keystroke on a large file.
 */
export function languageContextFor(doc: vscode.TextDocument): LanguageContext {
  const source = doc.uri.toString();
  return {
    source,
    settings: readSettings(doc.uri),
    get otherObjects() {
      return objectIndex.otherObjects(source);
    },
    lineStartsOf: (other) => objectIndex.lineStartsOf(other),
    get manifest() {
      return manifestFor(doc);
    },
  };
}
