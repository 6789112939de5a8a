import * as vscode from 'vscode';
import { registerDiagnostics } from './providers/diagnostics';
import { registerBaseline } from './providers/baseline';
import { registerCodeActions } from './providers/codeActions';
import { registerCodeLens } from './providers/codeLens';
import { registerCompletion } from './providers/completion';
import { registerHover } from './providers/hover';
import { registerManifestCache } from './providers/manifestCache';
import { registerObjectIndex } from './providers/objectIndex';
import { registerUpdateSafety } from './providers/updateSafety';
import { registerPreviewPanel } from './panel/registerPreviewPanel';
import { registerWalkthroughCommands } from './walkthrough/walkthroughCommands';

/** Wires every provider; each registration returns a Disposable owned by the context. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('StatefulSet Studio', { log: true });
  context.subscriptions.push(log);
  log.info('activating');
  context.subscriptions.push(registerDiagnostics(log));
  context.subscriptions.push(registerManifestCache());
  context.subscriptions.push(registerObjectIndex(log));
  context.subscriptions.push(registerCodeActions(log));
  context.subscriptions.push(registerCompletion(log));
  context.subscriptions.push(registerHover(log));
  context.subscriptions.push(registerCodeLens(log));
  context.subscriptions.push(registerBaseline(log));
  context.subscriptions.push(registerUpdateSafety(log));
  context.subscriptions.push(registerPreviewPanel(context, log));
  context.subscriptions.push(registerWalkthroughCommands(context, log));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
