export * from './lines';
export * from './markers';
export * from './kubeObject';
export * from './parseManifest';
export * from './settings';
