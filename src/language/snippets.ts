import { cursorContext, documentAround } from './cursorContext';
import { CompletionEntry, CompletionResult } from './completion';

/** A StatefulSet, its governing headless Service and a PDB, wired by one name and label. */
const STATEFUL_SET_BODY = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: ${1:web}',
  '  labels:',
  '    app: ${1:web}',
  'spec:',
  '  clusterIP: None',
  '  selector:',
  '    app: ${1:web}',
  '  ports:',
  '    - name: ${2:http}',
  '      port: ${3:80}',
  '---',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: ${1:web}',
  'spec:',
  '  serviceName: ${1:web}',
  '  replicas: ${4:3}',
  '  selector:',
  '    matchLabels:',
  '      app: ${1:web}',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: ${1:web}',
  '    spec:',
  '      terminationGracePeriodSeconds: 30',
  '      containers:',
  '        - name: ${1:web}',
  '          image: ${5:nginx:1.27}',
  '          ports:',
  '            - name: ${2:http}',
  '              containerPort: ${3:80}',
  '          readinessProbe:',
  '            tcpSocket:',
  '              port: ${2:http}',
  '          resources:',
  '            requests:',
  '              cpu: 100m',
  '              memory: 128Mi',
  '            limits:',
  '              memory: 256Mi',
  '          volumeMounts:',
  '            - name: ${6:data}',
  '              mountPath: ${7:/data}',
  '  volumeClaimTemplates:',
  '    - metadata:',
  '        name: ${6:data}',
  '      spec:',
  '        accessModes: [ReadWriteOnce]',
  '        resources:',
  '          requests:',
  '            storage: ${8:1Gi}',
  '---',
  'apiVersion: policy/v1',
  'kind: PodDisruptionBudget',
  'metadata:',
  '  name: ${1:web}',
  'spec:',
  '  maxUnavailable: 1',
  '  selector:',
  '    matchLabels:',
  '      app: ${1:web}',
  '$0',
].join('\n');

/** One claim template as a sequence item (VS Code indents the later lines like the first). */
const CLAIM_TEMPLATE_ITEM = [
  '- metadata:',
  '    name: ${1:data}',
  '  spec:',
  '    accessModes: [${2|ReadWriteOnce,ReadWriteOncePod,ReadWriteMany,ReadOnlyMany|}]',
  '    resources:',
  '      requests:',
  '        storage: ${3:1Gi}',
  '$0',
].join('\n');

const CLAIM_TEMPLATE_DOC =
  'One claim template of a StatefulSet (a PVC per pod, named `<name>-<set>-<ordinal>`).';

/** The snippet bodies, in VS Code snippet syntax (for tests that expand them). */
export const SNIPPETS = {
  statefulSet: STATEFUL_SET_BODY,
  claimTemplateItem: CLAIM_TEMPLATE_ITEM,
};

/**
 * Snippets that fit at `offset`: the StatefulSet + Service + PDB file at column 0 of an empty
 * YAML document, the claim template inside a StatefulSet's `spec:` (as the
 * `volumeClaimTemplates:` key) or under `volumeClaimTemplates:`. Never at a value position.
 */
export function snippetsAt(text: string, offset: number): CompletionResult | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const lineEnd = nl === -1 ? text.length : nl;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  if (!/^[\w-]*$/.test(after.trimEnd())) return undefined;

  // A new document: only this word on the line, nothing but comments elsewhere in the document.
  const word = /^([A-Za-z]*)$/.exec(before);
  if (word) {
    const doc = documentAround(text, offset);
    const rest = text.slice(doc.start, lineStart) + text.slice(lineEnd, doc.end);
    if (rest.split('\n').every((l) => l.trim() === '' || l.trim().startsWith('#'))) {
      const replace = { start: offset - word[1].length, end: offset + after.trimEnd().length };
      return { items: statefulSetItems(), replace };
    }
  }

  const at = cursorContext(text, offset);
  if (!at || at.kind !== 'StatefulSet' || at.position !== 'key') return undefined;
  if (/-/.test(before)) return undefined;
  const parents = at.parents.join('.');
  const docText = text.slice(at.docRange.start, at.docRange.end);
  const hasClaimKey = new RegExp(`^ {${at.column}}volumeClaimTemplates:`, 'm').test(docText);
  let body: string | undefined;
  if (parents === 'spec' && !hasClaimKey) {
    body = `volumeClaimTemplates:\n  ${indentLines(CLAIM_TEMPLATE_ITEM, '  ')}`;
  }
  if (parents === 'spec.volumeClaimTemplates') body = CLAIM_TEMPLATE_ITEM;
  if (!body) return undefined;
  return { items: claimTemplateItems(body), replace: at.replace };
}

function indentLines(body: string, indent: string): string {
  return body.replace(/\n(?!$)/g, `\n${indent}`);
}

function statefulSetItems(): CompletionEntry[] {
  const documentation =
    'A StatefulSet, its governing headless Service and a PodDisruptionBudget, wired by one ' +
    'name and label.';
  return ['statefulset', 'sts'].map((label) => ({
    label,
    kind: 'snippet' as const,
    detail: 'StatefulSet with headless Service and PodDisruptionBudget',
    documentation,
    insertText: STATEFUL_SET_BODY,
    snippet: true,
    sortText: `~${label}`,
  }));
}

function claimTemplateItems(body: string): CompletionEntry[] {
  return ['volumeClaimTemplate', 'vct'].map((label) => ({
    label,
    kind: 'snippet' as const,
    detail: 'volumeClaimTemplate',
    documentation: CLAIM_TEMPLATE_DOC,
    insertText: body,
    snippet: true,
    sortText: `~${label}`,
  }));
}
