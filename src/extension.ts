import * as vscode from 'vscode';
import { registerDiagnostics } from './providers/diagnostics';

/** Wires every provider; each registration returns a Disposable owned by the context. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('StatefulSet Studio', { log: true });
  context.subscriptions.push(log);
  log.info('activating');
  context.subscriptions.push(registerDiagnostics(log));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
