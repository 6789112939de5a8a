import * as vscode from 'vscode';
import { LintOptions } from '../rules/lint';
import { objectIndex } from './objectIndex';
import { readSettings } from './settings';
import { schemaValidationSetting, vscodeYamlValidatesKubernetes } from './yamlCoexistence';

/** Everything the linter needs for `doc`: settings, other files' objects, schema switches. */
export function lintOptionsFor(doc: vscode.TextDocument): LintOptions {
  const config = vscode.workspace.getConfiguration('statefulsetStudio', doc.uri);
  return {
    settings: readSettings(doc.uri),
    otherObjects: objectIndex.otherObjects(doc.uri.toString()),
    schemaValidation: schemaValidationSetting(doc.uri),
    kubernetesSchemaElsewhere: vscodeYamlValidatesKubernetes(doc.uri),
    strict: config.get<boolean>('strict', false),
  };
}
