// Loaded in the panel iframe before dist/webview.js: the `acquireVsCodeApi` VS Code would provide,
// forwarding the panel's messages to the playground page and keeping its state in memory.
const ENVELOPE = 'statefulset-studio-panel';
let state: unknown;
const api = {
  postMessage(message: unknown): void {
    window.parent.postMessage({ envelope: ENVELOPE, message }, window.location.origin);
  },
  getState: (): unknown => state,
  setState(next: unknown): unknown {
    state = next;
    return next;
  },
};
(window as unknown as { acquireVsCodeApi: () => typeof api }).acquireVsCodeApi = () => api;
