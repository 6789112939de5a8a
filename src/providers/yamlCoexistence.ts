import * as vscode from 'vscode';

const VSCODE_YAML = 'redhat.vscode-yaml';

/** `statefulsetStudio.schemaValidation` as set: "auto" (default), "on" or "off". */
export function schemaValidationSetting(scope?: vscode.ConfigurationScope): 'auto' | 'on' | 'off' {
  const v = vscode.workspace
    .getConfiguration('statefulsetStudio', scope)
    .get<string>('schemaValidation', 'auto');
  return v === 'on' || v === 'off' ? v : 'auto';
}

/**
 * Whether redhat.vscode-yaml is installed and `yaml.schemas` maps a Kubernetes schema: then
 * "auto" turns our schema check off, so users do not see every schema error twice.
 */
export function vscodeYamlValidatesKubernetes(scope?: vscode.ConfigurationScope): boolean {
  if (!vscode.extensions.getExtension(VSCODE_YAML)) return false;
  const schemas =
    vscode.workspace.getConfiguration('yaml', scope).get<Record<string, unknown>>('schemas') ?? {};
  // `yaml.schemas` maps a schema (the key: "kubernetes", a URL or a path) to file globs.
  return Object.keys(schemas).some((schema) => /kubernetes|k8s/i.test(schema));
}
