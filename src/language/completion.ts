import {
  allObjects,
  arrayAt,
  KubeObject,
  OffsetRange,
  resolveSettings,
  valueAt,
} from '../manifest';
import { namespaceOf } from '../engine/identity';
import { CursorContext, cursorContext } from './cursorContext';
import { childFields, FieldDoc, fieldDoc } from './fieldDocs';
import { schemaChildFields, schemaFieldDoc } from './schemaFields';
import { baseName, LanguageContext, objectsOfDocument, wholeManifest } from './languageContext';

/** One completion proposal, editor-neutral. */
export interface CompletionEntry {
  label: string;
  kind: 'field' | 'value' | 'reference' | 'snippet';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text to insert; in VS Code snippet syntax when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  sortText?: string;
}

/** Proposals at an offset and the range they replace. */
export interface CompletionResult {
  items: CompletionEntry[];
  replace: OffsetRange;
}

/**
 * Completes StatefulSet keys, enum values, `serviceName` (Services of this file and the index)
 * and `volumeMounts[].name` (pod volumes and claim templates). Undefined outside a StatefulSet.
 */
export function completeAt(
  text: string,
  offset: number,
  context: LanguageContext = {},
): CompletionResult | undefined {
  const at = cursorContext(text, offset);
  if (!at || at.kind !== 'StatefulSet') return undefined;
  const items = at.position === 'key' ? keyItems(text, at) : valueItems(text, at, context);
  // Right after `key:` (completion triggered by the colon) the value needs its separating space.
  if (at.position === 'value' && text[at.replace.start - 1] === ':') {
    for (const item of items) item.insertText = ` ${item.insertText}`;
  }
  return { items, replace: at.replace };
}

function keyItems(text: string, at: CursorContext): CompletionEntry[] {
  const present = siblingKeys(text, at);
  // Renaming an existing key (`repl|icas: 3`) replaces the word only and keeps its value.
  const keyOnly = /^\s*:/.test(text.slice(at.replace.end, at.replace.end + 20));
  // Our documented keys first, then whatever else the Kubernetes schema allows there.
  const own = childFields(at.parents);
  const known = new Set(own.map((f) => lastSegment(f.path)));
  const extra = schemaChildFields('StatefulSet', at.parents).filter(
    (f) => !known.has(lastSegment(f.path)),
  );
  return [...own, ...extra]
    .filter((f) => !present.has(lastSegment(f.path)))
    .map((f, i) => {
      const key = lastSegment(f.path);
      return {
        label: key,
        kind: 'field' as const,
        detail: f.path,
        documentation: documentationOf(f),
        insertText: keyOnly ? key : keySnippet(key, f),
        snippet: !keyOnly,
        sortText: String(i).padStart(3, '0'),
      };
    });
}

function keySnippet(key: string, f: FieldDoc): string {
  if (f.shape === 'map') return `${key}:\n  $0`;
  if (f.shape === 'list') return `${key}:\n  - $0`;
  if (f.values && f.values.length > 1) return `${key}: \${1|${f.values.join(',')}|}`;
  return `${key}: $0`;
}

function valueItems(text: string, at: CursorContext, context: LanguageContext): CompletionEntry[] {
  const key = at.key ?? '';
  const path = [...at.parents, key];
  const doc = fieldDoc(path) ?? schemaFieldDoc('StatefulSet', path);
  if (doc?.values) {
    return doc.values.map((v, i) => ({
      label: v,
      kind: 'value' as const,
      insertText: v,
      snippet: false,
      detail: v === doc.defaultValue ? 'default' : undefined,
      documentation: documentationOf(doc),
      sortText: String(i).padStart(3, '0'),
    }));
  }
  if (path.join('.') === 'spec.serviceName') return serviceItems(text, at, context);
  if (isVolumeMountName(path)) return volumeItems(text, at);
  return [];
}

function isVolumeMountName(path: string[]): boolean {
  const s = path.join('.');
  return /^spec\.template\.spec\.(containers|initContainers)\.\*\.volumeMounts\.\*\.name$/.test(s);
}

/** Services in the set's namespace, headless ones first. */
function serviceItems(
  text: string,
  at: CursorContext,
  context: LanguageContext,
): CompletionEntry[] {
  const settings = resolveSettings(context.settings);
  const source = context.source ?? '<input>';
  const set = ownObject(text, at, source);
  const namespace = set ? namespaceOf(set, settings) : undefined;
  const here = allObjects(wholeManifest(text, context));
  const candidates = [...here, ...(context.otherObjects ?? [])].filter(
    (o) =>
      o.kind === 'Service' &&
      o.name !== undefined &&
      (namespace === undefined || namespaceOf(o, settings) === namespace),
  );
  const seen = new Set<string>();
  const items: CompletionEntry[] = [];
  for (const svc of candidates) {
    const name = svc.name as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const headless = valueAt(svc.value, ['spec', 'clusterIP']) === 'None';
    const where = svc.source === source ? 'this file' : baseName(svc.source);
    items.push({
      label: name,
      kind: 'reference',
      insertText: name,
      snippet: false,
      detail: `${headless ? 'headless ' : ''}Service (${where})`,
      documentation: headless
        ? undefined
        : 'This Service is not headless (`clusterIP: None`): pods get no per-pod DNS names from it.',
      sortText: `${headless ? 0 : 1}${name}`,
    });
  }
  return items;
}

/** Pod volumes and claim template names of the set around the cursor. */
function volumeItems(text: string, at: CursorContext): CompletionEntry[] {
  const set = ownObject(text, at, '<input>');
  if (!set) return [];
  const items: CompletionEntry[] = [];
  const add = (name: unknown, detail: string) => {
    if (typeof name !== 'string' || name === '' || items.some((i) => i.label === name)) return;
    items.push({ label: name, kind: 'reference', insertText: name, snippet: false, detail });
  };
  for (const t of arrayAt(set.value, ['spec', 'volumeClaimTemplates'])) {
    add(valueAt(t, ['metadata', 'name']), 'volumeClaimTemplate (one PVC per pod)');
  }
  for (const v of arrayAt(set.value, ['spec', 'template', 'spec', 'volumes']))
    add(valueAt(v, ['name']), 'pod volume');
  return items;
}

/** The StatefulSet of the YAML document around the cursor, parsed on its own. */
function ownObject(text: string, at: CursorContext, source: string): KubeObject | undefined {
  // NOTE: a YAML document that does not parse yet (half-typed line elsewhere) gives no value completions.
  return objectsOfDocument(text, at.docRange, source).find((o) => o.kind === 'StatefulSet');
}

/** Keys already written in the map the cursor is in (same column, same block). */
function siblingKeys(text: string, at: CursorContext): Set<string> {
  const out = new Set<string>();
  const lines = text.slice(at.docRange.start, at.docRange.end).split('\n');
  const cursorLine = text.slice(at.docRange.start, at.replace.start).split('\n').length - 1;
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const line = lines[i];
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      const m = /^(\s*)((?:-\s+)*)([\w./-]+):(\s|$)/.exec(line);
      const indent = line.length - line.trimStart().length;
      const column = m ? m[1].length + m[2].length : indent;
      if (column === at.column && m) {
        if (m[2] !== '' && step > 0) return; // the next sequence item starts
        out.add(m[3]);
        if (m[2] !== '') return; // the first line of this item
      } else if (indent < at.column) {
        return;
      }
    }
  };
  // A cursor line that starts a sequence item has no siblings above it.
  if (!/^\s*-\s/.test(lines[cursorLine] ?? '')) scan(cursorLine - 1, -1);
  scan(cursorLine + 1, 1);
  return out;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** Markdown documentation of a field: its text, default and allowed values. */
export function documentationOf(f: FieldDoc): string {
  const parts = [f.doc];
  if (f.defaultValue !== undefined) parts.push(`Default: \`${f.defaultValue}\`.`);
  if (f.values && f.values.length > 1)
    parts.push(`Values: ${f.values.map((v) => `\`${v}\``).join(', ')}.`);
  return parts.join('\n\n');
}
