import * as vscode from 'vscode';

/** Our structural schema check: on, off, or off when vscode-yaml already validates Kubernetes. */
export type SchemaValidationMode = 'on' | 'off';

const VSCODE_YAML = 'redhat.vscode-yaml';

/**
 * Resolves `statefulsetStudio.schemaValidation`: "on" and "off" as written; "auto" is off when
 * redhat.vscode-yaml is installed and `yaml.schemas` maps a Kubernetes schema (so users do not
 * see every schema error twice), on otherwise.
 */
export function schemaValidationFor(scope?: vscode.ConfigurationScope): SchemaValidationMode {
  const setting = vscode.workspace.getConfiguration('statefulsetStudio', scope).get<string>('schemaValidation', 'auto');
  if (setting === 'on' || setting === 'off') return setting;
  return vscodeYamlValidatesKubernetes(scope) ? 'off' : 'on';
}

/** Whether vscode-yaml is installed and configured with a Kubernetes schema. */
export function vscodeYamlValidatesKubernetes(scope?: vscode.ConfigurationScope): boolean {
  if (!vscode.extensions.getExtension(VSCODE_YAML)) return false;
  const schemas = vscode.workspace.getConfiguration('yaml', scope).get<Record<string, unknown>>('schemas') ?? {};
  return Object.keys(schemas).some((key) => mentionsKubernetes(key));
}

/** `yaml.schemas` maps a schema (the key: "kubernetes" or a URL/path) to file globs. */
function mentionsKubernetes(schema: string): boolean {
  return /kubernetes|k8s/i.test(schema);
}
