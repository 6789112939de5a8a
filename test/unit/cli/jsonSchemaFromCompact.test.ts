import * as assert from 'node:assert/strict';
import { jsonSchemaFromCompact } from '../../../playground/jsonSchemaFromCompact';
import { KUBERNETES_SCHEMA } from '../../../src/schema/kubernetesSchema';

// The playground hands this schema to monaco-yaml, whose worker runs yaml-language-server: run the
// same language service here on the converted schema.
interface Range {
  start: { line: number; character: number };
}
interface LanguageService {
  configure(settings: object): void;
  doValidation(doc: unknown, isKubernetes: boolean): Promise<{ range: Range; message: string }[]>;
  doHover(
    doc: unknown,
    position: { line: number; character: number },
  ): Promise<{ contents: { value: string } } | null>;
  doComplete(
    doc: unknown,
    position: { line: number; character: number },
    isKubernetes: boolean,
  ): Promise<{ items: { label: string }[] }>;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const { getLanguageService } =
  require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js') as {
    getLanguageService(params: object): LanguageService;
  };
const { TextDocument } = require('vscode-languageserver-textdocument') as {
  TextDocument: { create(uri: string, lang: string, version: number, text: string): unknown };
};
/* eslint-enable @typescript-eslint/no-require-imports */

const TEXT = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  replicas: "three"
  podManagementPolicy: Sometimes
  serviceName: web
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

function service(): LanguageService {
  const ls = getLanguageService({
    schemaRequestService: null,
    workspaceContext: { resolveRelativePath: (p: string) => p },
  });
  ls.configure({
    validate: true,
    hover: true,
    completion: true,
    schemas: [
      {
        uri: 'https://statefulset-studio.local/kubernetes-schema.json',
        fileMatch: ['**/*.yaml'],
        schema: jsonSchemaFromCompact(KUBERNETES_SCHEMA, 'test'),
      },
    ],
  });
  return ls;
}

describe('playground schema (compact schema as JSON Schema for monaco-yaml)', () => {
  const doc = TextDocument.create('file:///playground/manifest.yaml', 'yaml', 1, TEXT);

  it('validates StatefulSet fields by type and enum, and leaves the Service alone', async () => {
    const lines = (await service().doValidation(doc, false))
      .map((d) => d.range.start.line)
      .sort((a, b) => a - b);
    assert.deepEqual(lines, [12, 13]);
  });

  it('hovers a field with its description', async () => {
    const hover = await service().doHover(doc, { line: 12, character: 4 });
    assert.ok(hover && /replicas/i.test(hover.contents.value), JSON.stringify(hover));
  });

  it('completes StatefulSet spec fields', async () => {
    const text = TEXT.replace('  serviceName: web\n', '  serviceName: web\n  ordi\n');
    const completion = await service().doComplete(
      TextDocument.create('file:///m.yaml', 'yaml', 1, text),
      { line: 15, character: 6 },
      false,
    );
    assert.ok(
      completion.items.some((i) => i.label === 'ordinals'),
      completion.items.map((i) => i.label).join(','),
    );
  });
});
