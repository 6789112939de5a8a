import * as vscode from 'vscode';
import { resolveSettings, StudioSettings } from '../manifest';

/** Reads the `statefulsetStudio.*` settings for a document's scope. */
export function readSettings(scope?: vscode.ConfigurationScope): StudioSettings {
  const c = vscode.workspace.getConfiguration('statefulsetStudio', scope);
  return resolveSettings({
    kubernetesVersion: c.get<string>('kubernetesVersion'),
    clusterDomain: c.get<string>('clusterDomain'),
    defaultNamespace: c.get<string>('defaultNamespace'),
    rules: c.get<Record<string, 'off' | 'info' | 'warning' | 'error'>>('rules'),
    featureGates: c.get<Record<string, boolean>>('featureGates'),
  });
}
