// yaml-language-server (the engine behind vscode-yaml) validating a file against a schema served
// from memory: no network, no language-server connection, only its language service.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { kubernetesJsonSchema } from './jsonSchema';

const SCHEMA_URI = 'file:///bench/kubernetes.schema.json';

interface YamlLanguageService {
  configure(settings: Record<string, unknown>): void;
  doValidation(document: TextDocument, isKubernetes: boolean): Promise<unknown[]>;
}

/** A validator: `validate(text)` resolves to the number of diagnostics. */
export function createYamlLanguageServer(): { validate(text: string, version: number): Promise<number> } {
  // The language service module is loaded directly: the package's main starts a server on stdio.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('yaml-language-server/out/server/src/languageservice/yamlLanguageService.js') as {
    getLanguageService(params: Record<string, unknown>): YamlLanguageService;
  };
  const schema = JSON.stringify(kubernetesJsonSchema());
  const service = mod.getLanguageService({
    schemaRequestService: (uri: string) => uri === SCHEMA_URI
      ? Promise.resolve(schema) : Promise.reject(new Error(`no schema at ${uri} (offline bench)`)),
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
    clientCapabilities: {},
  });
  service.configure({ validate: true, hover: false, completion: false, format: false, isKubernetes: false,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.yaml'] }] });
  return {
    async validate(text: string, version: number): Promise<number> {
      const doc = TextDocument.create('file:///bench/corpus.yaml', 'yaml', version, text);
      return (await service.doValidation(doc, false)).length;
    },
  };
}
