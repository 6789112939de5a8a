// Entry point of the panel app. Runs in VS Code's webview and in any page that defines
// `acquireVsCodeApi` (the playground, the browser tests).

import type { PersistedPanelState } from '../src/protocol/messages';
import { asPersistedState, isHostMessage } from '../src/protocol/validate';
import { HostApi, PanelApp } from './app';

declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
};

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const vscode = acquireVsCodeApi();
  const host: HostApi = {
    postMessage: (m) => vscode.postMessage(m),
    getState: () => vscode.getState(),
    setState: (s: PersistedPanelState) => vscode.setState(s),
  };
  const restored = asPersistedState(vscode.getState());
  const app = new PanelApp(root, host, restored);
  window.addEventListener('message', (event: MessageEvent) => {
    // Every message is checked on arrival; anything else is ignored.
    if (isHostMessage(event.data)) app.receive(event.data);
  });
  // The document is not known yet unless the panel was restored; the host answers either way.
  vscode.postMessage({ type: 'ready', uri: restored?.uri ?? '', version: 0 });
}

start();
