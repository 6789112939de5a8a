import * as vscode from 'vscode';
import { LintOptions } from '../rules/lint';
import { objectIndex } from './objectIndex';
import { readSettings } from './settings';
import { SchemaValidationMode, schemaValidationFor } from './yamlCoexistence';

/** Linter options plus the schema switch the VS Code side decides. */
export type EditorLintOptions = LintOptions & { schemaValidation?: SchemaValidationMode };

/** Everything the linter needs for `doc`: settings, other files' objects, schema validation. */
export function lintOptionsFor(doc: vscode.TextDocument): EditorLintOptions {
  return {
    settings: readSettings(doc.uri),
    otherObjects: objectIndex.otherObjects(doc.uri.toString()),
    schemaValidation: schemaValidationFor(doc.uri),
  };
}
