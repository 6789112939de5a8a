export * from './lines';
export * from './kubeObject';
export * from './parseManifest';
export * from './settings';
