// Lookups over the objects of one lint run (by kind, namespace and name; StatefulSets by their
// governing Service; pod templates by label), built once per objects array, so that the
// cross-document rules cost O(1) per object instead of a scan of every object.
import { namespaceOf } from '../../engine/identity';
import { KubeObject, PathSegment, StudioSettings, stringMapAt, valueAt } from '../../manifest';

const TEMPLATE_LABELS: Record<string, readonly PathSegment[]> = {
  StatefulSet: ['spec', 'template', 'metadata', 'labels'],
  Deployment: ['spec', 'template', 'metadata', 'labels'],
  DaemonSet: ['spec', 'template', 'metadata', 'labels'],
  ReplicaSet: ['spec', 'template', 'metadata', 'labels'],
  Job: ['spec', 'template', 'metadata', 'labels'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'],
  Pod: ['metadata', 'labels'],
};

/** The kinds whose pod labels `podTemplates` lists. */
export const WORKLOAD_KINDS: readonly string[] = Object.keys(TEMPLATE_LABELS);

/** A workload's pod labels, with the workload. */
export interface PodTemplateLabels {
  owner: KubeObject;
  labels: Record<string, string>;
}

/**
 * How lookups read values, for the incremental linter: `value` reads an object's value for the
 * index (noting the fields read), `readKind` tells that the running check depended on the
 * values of every object of `kind` (a lookup by value answers without reading the others).
 */
export interface LookupHooks {
  value(object: KubeObject): Record<string, unknown>;
  readKind(kind: string): void;
}

const PLAIN: LookupHooks = { value: (o) => o.value, readKind: () => undefined };
const hooksOf = new WeakMap<readonly KubeObject[], LookupHooks>();
const indexes = new WeakMap<readonly KubeObject[], Map<string, LookupIndex>>();

/** Sets the hooks lookups over `objects` use (the incremental linter's read tracking). */
export function watchLookups(objects: readonly KubeObject[], hooks: LookupHooks): void {
  hooksOf.set(objects, hooks);
}

/**
 * The index of `objects` for `settings` (their default namespace), made on first use.
 * NOTE: the index is kept per array: an array changed after a lookup (same length) is not seen.
 */
export function lookupIndex(objects: readonly KubeObject[], settings: StudioSettings): LookupIndex {
  let byNamespace = indexes.get(objects);
  if (!byNamespace) indexes.set(objects, byNamespace = new Map());
  let index = byNamespace.get(settings.defaultNamespace);
  if (!index || index.size !== objects.length) {
    index = new LookupIndex(objects, settings, hooksOf.get(objects) ?? PLAIN);
    byNamespace.set(settings.defaultNamespace, index);
  }
  return index;
}

const EMPTY: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The inner map of `outer` at `key`, made when missing. */
function inner<K, L, V>(outer: Map<K, Map<L, V>>, key: K): Map<L, V> {
  let map = outer.get(key);
  if (!map) outer.set(key, map = new Map());
  return map;
}

/** Objects by kind, namespace and name, in the order of the list. */
export class LookupIndex {
  readonly size: number;
  // Keyed by namespace, then kind (then name): lookups build no key strings.
  private readonly byKind = new Map<string, Map<string, KubeObject[]>>();
  private readonly byName = new Map<string, Map<string, Map<string, KubeObject[]>>>();
  private readonly kindSources = new Map<string, Set<string>>();
  private governed: Map<string, KubeObject[]> | undefined;
  private templates: Map<string, TemplatesOfNamespace> | undefined;

  constructor(private readonly objects: readonly KubeObject[], private readonly settings: StudioSettings,
    private readonly hooks: LookupHooks) {
    this.size = objects.length;
    for (const o of objects) {
      const ns = namespaceOf(o, settings);
      const kind = o.kind;
      push(inner(this.byKind, ns), kind, o);
      const name = o.name;
      if (name !== undefined) push(inner(inner(this.byName, ns), kind), name, o);
      let sources = this.kindSources.get(kind);
      if (!sources) this.kindSources.set(kind, sources = new Set());
      sources.add(o.source);
    }
  }

  /** Objects of `kind` in `namespace`. */
  ofKind(kind: string, namespace: string): readonly KubeObject[] {
    return this.byKind.get(namespace)?.get(kind) ?? EMPTY;
  }

  /** Objects of `kind` named `name` in `namespace`. */
  named(kind: string, namespace: string, name: string): readonly KubeObject[] {
    return this.byName.get(namespace)?.get(kind)?.get(name) ?? EMPTY;
  }

  /** Whether an object of `kind` comes from the file `source`. */
  hasKindIn(kind: string, source: string): boolean {
    return this.kindSources.get(kind)?.has(source) ?? false;
  }

  /** StatefulSets in `namespace` whose `spec.serviceName` is `service` (absent for undefined). */
  setsGovernedBy(namespace: string, service: string | undefined): readonly KubeObject[] {
    this.hooks.readKind('StatefulSet');
    if (!this.governed) {
      this.governed = new Map();
      for (const o of this.objects) {
        if (o.kind !== 'StatefulSet') continue;
        const name = valueAt(this.hooks.value(o), ['spec', 'serviceName']);
        const ns = namespaceOf(o, this.settings);
        if (typeof name === 'string') push(this.governed, `${ns}\u0000${name}`, o);
        else if (name === undefined) push(this.governed, `${ns}\u0001`, o);
      }
    }
    const key = service === undefined ? `${namespace}\u0001` : `${namespace}\u0000${service}`;
    return this.governed.get(key) ?? EMPTY;
  }

  /** Pod labels of every workload in `namespace`. */
  podTemplates(namespace: string): readonly PodTemplateLabels[] {
    return this.templatesIn(namespace).all;
  }

  /**
   * Pod templates in `namespace` that may match a selector requiring every `required` label (a
   * superset of the matches: callers still test each one); all of them when none is required.
   */
  podTemplatesWith(
    namespace: string,
    required: Record<string, string> | undefined,
  ): readonly PodTemplateLabels[] {
    const ns = this.templatesIn(namespace);
    let best: readonly PodTemplateLabels[] = ns.all;
    if (!required) return best;
    for (const k of Object.keys(required)) {
      const bucket = ns.byLabel.get(k)?.get(required[k]) ?? EMPTY;
      if (bucket.length < best.length) best = bucket;
      if (best.length === 0) break;
    }
    return best;
  }

  private templatesIn(namespace: string): TemplatesOfNamespace {
    for (const kind of WORKLOAD_KINDS) this.hooks.readKind(kind);
    if (!this.templates) {
      this.templates = new Map();
      for (const o of this.objects) {
        const path = TEMPLATE_LABELS[o.kind];
        if (!path) continue;
        const ns = namespaceOf(o, this.settings);
        let entry = this.templates.get(ns);
        if (!entry) this.templates.set(ns, entry = { all: [], byLabel: new Map() });
        const t = { owner: o, labels: stringMapAt(this.hooks.value(o), path) ?? {} };
        entry.all.push(t);
        for (const [k, v] of Object.entries(t.labels)) push(inner(entry.byLabel, k), v, t);
      }
    }
    return this.templates.get(namespace) ?? NO_TEMPLATES;
  }
}

interface TemplatesOfNamespace {
  all: PodTemplateLabels[];
  /** By label key, then value. */
  byLabel: Map<string, Map<string, PodTemplateLabels[]>>;
}

const NO_TEMPLATES: TemplatesOfNamespace = { all: [], byLabel: new Map() };
