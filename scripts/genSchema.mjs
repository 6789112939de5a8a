#!/usr/bin/env node
// Reduces the Kubernetes API schema to the compact JSON that src/schema validates against:
// StatefulSet (apps/v1), Service (v1) and PodDisruptionBudget (policy/v1) with every nested type
// they reach, status subtrees dropped and descriptions cut to one line for hovers.
//
// Input, one of:
//   --openapi FILE...   the Kubernetes OpenAPI: v3 group documents (api/openapi-spec/v3/
//                       api__v1_openapi.json, apis__apps__v1_openapi.json,
//                       apis__policy__v1_openapi.json) or the v2 swagger.json
//   --models DIR...     the kubernetes-models and @kubernetes-models/apimachinery npm packages,
//                       whose declaration files are generated from that same OpenAPI
// Options: --label TEXT (recorded as the source), --out FILE (default src/schema/kubernetesSchema.json).
// See docs/rules.md, "Regenerating the schema".
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = {
  StatefulSet: 'apps.v1.StatefulSet',
  Service: 'core.v1.Service',
  PodDisruptionBudget: 'policy.v1.PodDisruptionBudget',
};
/** Types that are scalars on the wire whatever their declaration says. */
const SCALARS = {
  'resource.Quantity': 'quantity',
  'intstr.IntOrString': 'int-or-string',
  'meta.v1.Time': 'string',
  'meta.v1.MicroTime': 'string',
  'meta.v1.FieldsV1': 'any',
  'runtime.RawExtension': 'any',
};
const MAX_DESCRIPTION = 160;

function parseArgs(argv) {
  const args = { openapi: [], models: [], out: 'src/schema/kubernetesSchema.json', label: '' };
  let list;
  for (const a of argv) {
    if (a === '--openapi') list = args.openapi;
    else if (a === '--models') list = args.models;
    else if (a === '--out' || a === '--label') list = a;
    else if (list === '--out') {
      args.out = a;
      list = undefined;
    } else if (list === '--label') {
      args.label = a;
      list = undefined;
    } else if (Array.isArray(list)) list.push(a);
    else throw new Error(`unexpected argument ${a}`);
  }
  if (args.openapi.length === 0 && args.models.length === 0) {
    throw new Error(
      'usage: genSchema.mjs (--openapi FILE... | --models DIR...) [--label TEXT] [--out FILE]',
    );
  }
  return args;
}

/** One line of a Kubernetes description: its first sentence, without enum listings. */
export function oneLine(text) {
  if (!text) return undefined;
  const flat = text
    .split(/\n\s*\n|Possible enum values:/)[0]
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.*?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length > MAX_DESCRIPTION
    ? `${sentence.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`
    : sentence;
}

// ---- Reading the OpenAPI document -------------------------------------------------------------

/** `io.k8s.api.apps.v1.StatefulSet` → `apps.v1.StatefulSet`; apimachinery types keep a short form. */
function openApiName(full) {
  return full
    .replace(/^io\.k8s\.api\./, '')
    .replace(/^io\.k8s\.apimachinery\.pkg\.apis\./, '')
    .replace(/^io\.k8s\.apimachinery\.pkg\.api\./, '')
    .replace(/^io\.k8s\.apimachinery\.pkg\.util\./, '')
    .replace(/^io\.k8s\.apimachinery\.pkg\./, '');
}

function refName(ref) {
  return openApiName(ref.replace(/^#\/(components\/schemas|definitions)\//, ''));
}

function fromOpenApiNode(s) {
  if (!s || typeof s !== 'object') return { t: 'any' };
  const ref =
    s.$ref ?? (Array.isArray(s.allOf) && s.allOf.length === 1 ? s.allOf[0].$ref : undefined);
  const d = oneLine(s.description);
  let node;
  if (ref) node = SCALARS[refName(ref)] ? { t: SCALARS[refName(ref)] } : { r: refName(ref) };
  else if (s['x-kubernetes-int-or-string'] || s.format === 'int-or-string')
    node = { t: 'int-or-string' };
  else if (s.type === 'array') node = { t: 'array', i: fromOpenApiNode(s.items) };
  else if (s.type === 'object' && s.additionalProperties)
    node = { t: 'object', v: fromOpenApiNode(s.additionalProperties) };
  else if (s.type === 'object' && s.properties) node = { t: 'object', ...inlineType(s) };
  else if (['string', 'integer', 'number', 'boolean'].includes(s.type)) node = { t: s.type };
  else node = { t: s.type === 'object' ? 'object' : 'any' };
  if (Array.isArray(s.enum)) node.e = s.enum;
  if (d) node.d = d;
  return node;
}

function inlineType(s) {
  const p = {};
  for (const [k, v] of Object.entries(s.properties ?? {})) p[k] = fromOpenApiNode(v);
  return { p, ...(Array.isArray(s.required) && s.required.length ? { q: s.required } : {}) };
}

function readOpenApi(files) {
  const types = {};
  for (const f of files) {
    const doc = JSON.parse(readFileSync(f, 'utf8'));
    const defs = doc.components?.schemas ?? doc.definitions ?? {};
    for (const [full, s] of Object.entries(defs)) {
      const name = openApiName(full);
      if (SCALARS[name] || types[name]) continue;
      types[name] = {
        ...(oneLine(s.description) ? { d: oneLine(s.description) } : {}),
        ...inlineType(s),
      };
    }
  }
  return types;
}

// ---- Reading the kubernetes-models declaration files -----------------------------------------

/** `IoK8sApiAppsV1StatefulSetSpec` → `apps.v1.StatefulSetSpec` (the OpenAPI reader's names). */
function modelName(canonical) {
  const c = canonical.replace(/^I(?=IoK8s)/, '');
  const special = {
    IoK8sApimachineryPkgApiResourceQuantity: 'resource.Quantity',
    IoK8sApimachineryPkgUtilIntstrIntOrString: 'intstr.IntOrString',
    IoK8sApimachineryPkgRuntimeRawExtension: 'runtime.RawExtension',
  };
  if (special[c]) return special[c];
  const m =
    /^IoK8s(?:Api|ApimachineryPkgApis)([A-Z][A-Za-z]*?)(V\d+(?:(?:Alpha|Beta)\d+)?)([A-Z]\w*)$/.exec(
      c,
    );
  return m ? `${m[1].toLowerCase()}.${m[2].toLowerCase()}.${m[3]}` : c;
}

function declarationFiles(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (entry === '_schemas' || entry === 'node_modules') continue;
    if (statSync(p).isDirectory()) declarationFiles(p, out);
    else if (entry.endsWith('.d.ts') && entry !== 'index.d.ts') out.push(p);
  }
  return out;
}

/**
 * A reader for the regular subset of TypeScript those generated declaration files use:
 * `export interface IName { "field"?: Type; }` with JSDoc blocks, where Type is a union of
 * string literals, `string`, `number`, `boolean`, `Array<Type>`, a type name, or an inline
 * `{ ...members }` / `{ [key: string]: Type }`; plus `export type { IName as IIoK8s... }`.
 */
function tokenize(text) {
  const tokens = [];
  const re =
    /\/\*\*([\s\S]*?)\*\/|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*)|(\S)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) tokens.push({ k: 'doc', v: m[1].replace(/^\s*\*\s?/gm, '').trim() });
    else if (m[2] !== undefined || m[3] !== undefined) tokens.push({ k: 'str', v: m[2] ?? m[3] });
    else if (m[4] !== undefined) tokens.push({ k: 'id', v: m[4] });
    else if (m[5] !== undefined) tokens.push({ k: 'p', v: m[5] });
  }
  return tokens;
}

function parseDeclarations(text) {
  const toks = tokenize(text);
  let i = 0;
  const peek = () => toks[i];
  const isP = (v) => toks[i]?.k === 'p' && toks[i].v === v;
  const expectP = (v) => {
    if (!isP(v)) throw new Error(`expected ${v} at token ${i}: ${JSON.stringify(toks[i])}`);
    i++;
  };
  const skipDocs = () => {
    let doc;
    while (peek()?.k === 'doc') doc = toks[i++].v;
    return doc;
  };
  const parseType = () => {
    const parts = [parsePrimary()];
    while (isP('|')) {
      i++;
      parts.push(parsePrimary());
    }
    if (parts.length === 1) return parts[0];
    if (parts.every((x) => x.lit !== undefined)) return { t: 'string', e: parts.map((x) => x.lit) };
    return { t: 'any' };
  };
  const parsePrimary = () => {
    const t = toks[i++];
    if (t.k === 'str') return { lit: t.v };
    if (t.k === 'p' && t.v === '(') {
      const inner = parseType();
      expectP(')');
      return inner;
    }
    if (t.k === 'p' && t.v === '{') return parseBody();
    if (t.k !== 'id') throw new Error(`unexpected ${JSON.stringify(t)}`);
    if (t.v === 'string') return { t: 'string' };
    // NOTE: declaration files say `number` for int32/int64 alike; Kubernetes specs use no floats.
    if (t.v === 'number') return { t: 'integer' };
    if (t.v === 'boolean') return { t: 'boolean' };
    if (t.v === 'Array') {
      expectP('<');
      const item = parseType();
      expectP('>');
      return { t: 'array', i: item };
    }
    const q = modelName(t.v);
    return SCALARS[q] ? { t: SCALARS[q] } : { r: q };
  };
  /** Members after `{` up to the matching `}`: an index signature (map) or properties. */
  const parseBody = () => {
    const p = {};
    const q = [];
    let values;
    while (!isP('}')) {
      const doc = skipDocs();
      if (isP('}')) break;
      if (isP('[')) {
        while (!isP(']')) i++;
        i++;
        expectP(':');
        values = parseType();
      } else {
        const name = toks[i++].v;
        const optional = isP('?');
        if (optional) i++;
        expectP(':');
        const node = parseType();
        const d = oneLine(doc);
        p[name] = d ? { ...node, d } : node;
        if (!optional) q.push(name);
      }
      if (isP(';') || isP(',')) i++;
    }
    i++;
    if (values) return { t: 'object', v: values };
    return { t: 'object', p, ...(q.length ? { q } : {}) };
  };
  const interfaces = new Map();
  const canonical = new Map();
  while (i < toks.length) {
    const doc = skipDocs();
    const t = toks[i];
    if (t?.k === 'id' && t.v === 'interface') {
      const name = toks[i + 1].v;
      i += 2;
      while (!isP('{')) i++;
      i++;
      const body = parseBody();
      const d = oneLine(doc);
      interfaces.set(name, {
        ...(d ? { d } : {}),
        p: body.p ?? {},
        ...(body.q ? { q: body.q } : {}),
      });
    } else if (t?.k === 'id' && t.v === 'type' && isTypeExport(toks, i)) {
      i += 2;
      while (!isP('}')) {
        if (toks[i].k === 'id' && toks[i + 1]?.v === 'as') {
          canonical.set(toks[i].v, toks[i + 2].v);
          i += 3;
        } else i++;
      }
    } else {
      i++;
    }
  }
  return { interfaces, canonical };
}

function isTypeExport(toks, i) {
  return toks[i - 1]?.v === 'export' && toks[i + 1]?.v === '{';
}

function readModels(dirs) {
  const types = {};
  for (const dir of dirs) {
    for (const file of declarationFiles(dir)) {
      const { interfaces, canonical } = parseDeclarations(readFileSync(file, 'utf8'));
      for (const [local, type] of interfaces) {
        const can = canonical.get(local);
        if (!can || !can.startsWith('IIoK8s')) continue;
        const name = modelName(can);
        if (!SCALARS[name]) types[name] = type;
      }
    }
  }
  return types;
}

// ---- Reducing to what the three kinds reach ---------------------------------------------------

function refsOf(node, out) {
  if (!node) return out;
  if (node.r) out.push(node.r);
  refsOf(node.i, out);
  refsOf(node.v, out);
  for (const child of Object.values(node.p ?? {})) refsOf(child, out);
  return out;
}

function reduce(all) {
  const kept = {};
  const queue = Object.values(ROOTS);
  for (const root of queue.slice()) {
    const t = all[root];
    if (!t) throw new Error(`the input has no ${root}`);
    const { status: _status, ...p } = t.p ?? {};
    kept[root] = { ...t, p };
  }
  for (let i = 0; i < queue.length; i++) {
    const t = kept[queue[i]] ?? all[queue[i]];
    if (!t) continue;
    kept[queue[i]] = t;
    for (const r of refsOf(t, [])) if (!kept[r] && !queue.includes(r)) queue.push(r);
  }
  const sorted = {};
  for (const k of Object.keys(kept).sort()) sorted[k] = kept[k];
  return sorted;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const all = args.openapi.length ? readOpenApi(args.openapi) : readModels(args.models);
  const types = reduce(all);
  const label = args.label || (args.openapi.length ? 'Kubernetes OpenAPI' : 'kubernetes-models');
  const out = { source: label, roots: ROOTS, types };
  writeFileSync(args.out, JSON.stringify(out) + '\n');
  process.stdout.write(
    `wrote ${args.out}: ${Object.keys(types).length} types, ${JSON.stringify(out).length} bytes\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
