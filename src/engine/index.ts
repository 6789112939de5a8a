// The controller engine: a deterministic simulation of the StatefulSet controller and the cluster
// around it, plus the identity helpers. Pure: runs in the extension host, webview, CLI and tests.
export * from './types';
export { Simulation } from './simulation';
export * from './naming';
export * from './identity';
export * from './scenario';
