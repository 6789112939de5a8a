// Which parts of an object's plain value rules have looked at. A rule that reads another object's
// value sees it through proxies that note every field read (and every key listing) by path; when
// that object is re-parsed, its readers need to run again only if one of those fields changed.
// Proxies last one run of checks; then only a compact record of the fields read is kept, one
// record shared by the objects that were read alike (every StatefulSet's `spec.serviceName`).
import { KubeObject } from '../manifest';

type Path = readonly (string | number)[];

/** The fields read at one path of an object's value. */
interface Seen {
  /** The path's segments joined by NUL: names the path within one object's record. */
  readonly id: string;
  readonly path: Path;
  readonly keys: readonly string[];
  /** Whether the key list itself was read. */
  readonly listed: boolean;
}

/** What rules read of one object's value. Never changed once made, so objects share records. */
interface Observations {
  readonly seen: readonly Seen[];
  /** One plain object was met at two paths (YAML aliases): comparing by path is not enough. */
  readonly shared: boolean;
}

/** An object's record while a run adds to it. */
interface Draft {
  byPath: Map<string, DraftSeen>;
  shared: boolean;
}

interface DraftSeen {
  path: Path;
  keys: Set<string>;
  listed: boolean;
}

/** Records kept for sharing; past this many the table starts again (records stay as they are). */
const MAX_ALIKE = 512;

export class ValueObserver {
  private observed = new WeakMap<KubeObject, Observations>();
  /** Objects whose record grows during this run. */
  private drafts = new Map<KubeObject, Draft>();
  /** This run's proxies, by the plain object each one shows. */
  private watches = new Map<object, Watch>();
  /** Sealed records by their contents, for sharing. */
  private alike = new Map<string, Observations>();

  /** `object.value` as seen by a rule: reads are noted against `object`. */
  view(object: KubeObject): Record<string, unknown> {
    return this.proxyFor(object, object.value, [], '') as Record<string, unknown>;
  }

  /**
   * Whether `next` (the re-parsed `old`) shows the same fields at every path read on `old`; when
   * it does, what was read on `old` now counts as read on `next` too.
   */
  carryOver(old: KubeObject, next: KubeObject): boolean {
    const record = this.recordOf(old);
    if (!record) return true;
    if (record.shared) return false;
    for (const s of record.seen) {
      const a = at(old.value, s.path);
      const b = at(next.value, s.path);
      if (!isRecord(a) || !isRecord(b)) return false;
      if (s.listed && Object.keys(a).join('\u0000') !== Object.keys(b).join('\u0000')) return false;
      for (const k of s.keys) if (!sameShallow(a[k], b[k]) || (k in a) !== (k in b)) return false;
    }
    this.merge(next, record);
    return true;
  }

  /** Ends a run: its proxies go, and each object read during it keeps a (shared) record. */
  seal(): void {
    this.watches = new Map();
    for (const [owner, draft] of this.drafts) this.observed.set(owner, this.share(draft));
    this.drafts = new Map();
  }

  /** @internal The proxy showing `target`, met at `path` (named `id`) of `owner`'s value. */
  proxyFor(owner: KubeObject, target: unknown, path: Path, id: string): unknown {
    if (!isRecord(target)) return target;
    const met = this.watches.get(target);
    if (met) {
      if (met.owner !== owner || met.id !== id) this.draftOf(owner).shared = true;
      return met.proxy;
    }
    const known = this.observed.get(owner)?.seen.find((s) => s.id === id);
    const watch = new Watch(this, owner, path, id, known, Array.isArray(target));
    watch.proxy = new Proxy(target, watch);
    this.watches.set(target, watch);
    return watch.proxy;
  }

  /** @internal Where this run notes the fields read at `path` of `owner`'s value. */
  seenAt(owner: KubeObject, path: Path, id: string): DraftSeen {
    const draft = this.draftOf(owner);
    let s = draft.byPath.get(id);
    if (!s) draft.byPath.set(id, s = { path, keys: new Set(), listed: false });
    return s;
  }

  private draftOf(owner: KubeObject): Draft {
    let draft = this.drafts.get(owner);
    if (draft) return draft;
    const record = this.observed.get(owner);
    draft = { byPath: new Map(), shared: record?.shared === true };
    for (const s of record?.seen ?? []) {
      draft.byPath.set(s.id, { path: s.path, keys: new Set(s.keys), listed: s.listed });
    }
    this.drafts.set(owner, draft);
    return draft;
  }

  /** What was read of `owner` so far, this run included. */
  private recordOf(owner: KubeObject): Observations | undefined {
    const draft = this.drafts.get(owner);
    return draft ? this.share(draft) : this.observed.get(owner);
  }

  /** Adds what `record` holds to what was read of `owner`. */
  private merge(owner: KubeObject, record: Observations): void {
    if (!this.drafts.has(owner) && !this.observed.has(owner)) {
      this.observed.set(owner, record);
      return;
    }
    for (const s of record.seen) {
      const d = this.seenAt(owner, s.path, s.id);
      for (const k of s.keys) d.keys.add(k);
      d.listed ||= s.listed;
    }
    if (record.shared) this.draftOf(owner).shared = true;
  }

  /** The record a draft holds: an equal one made before, or a new one. */
  private share(draft: Draft): Observations {
    const seen: Seen[] = [];
    for (const [id, d] of draft.byPath) {
      seen.push({ id, path: d.path, keys: [...d.keys].sort(), listed: d.listed });
    }
    seen.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const key = JSON.stringify([draft.shared, seen.map((s) => [s.id, s.keys, s.listed])]);
    let record = this.alike.get(key);
    if (!record) {
      if (this.alike.size >= MAX_ALIKE) this.alike.clear();
      record = { seen, shared: draft.shared };
      this.alike.set(key, record);
    }
    return record;
  }
}

/** The proxy handler of one plain object met while a rule read a value: notes what is read. */
class Watch implements ProxyHandler<Record<string, unknown>> {
  proxy: object = {};
  /** Proxies of the fields read, by key: a rule walking the same path again gets them directly. */
  private children: Map<string, unknown> | undefined;
  /** Where this run's new reads go, once there is one. */
  private fresh: DraftSeen | undefined;

  constructor(private readonly observer: ValueObserver, readonly owner: KubeObject,
    private readonly path: Path, readonly id: string, private readonly known: Seen | undefined,
    private readonly isArray: boolean) {}

  get(t: Record<string, unknown>, k: string | symbol): unknown {
    if (typeof k === 'symbol') return (t as Record<symbol, unknown>)[k];
    const v = t[k];
    this.note(k);
    if (v === null || typeof v !== 'object') return v;
    let c = this.children?.get(k);
    if (c === undefined) {
      const seg = this.isArray && /^\d+$/.test(k) ? Number(k) : k;
      c = this.observer.proxyFor(this.owner, v, [...this.path, seg], `${this.id}\u0000${k}`);
      (this.children ??= new Map()).set(k, c);
    }
    return c;
  }

  has(t: Record<string, unknown>, k: string | symbol): boolean {
    if (typeof k !== 'symbol') this.note(k);
    return Reflect.has(t, k);
  }

  ownKeys(t: Record<string, unknown>): (string | symbol)[] {
    if (this.known?.listed !== true) this.draft().listed = true;
    return Reflect.ownKeys(t);
  }

  getOwnPropertyDescriptor(t: Record<string, unknown>, k: string | symbol): PropertyDescriptor | undefined {
    if (typeof k !== 'symbol') this.note(k);
    return Reflect.getOwnPropertyDescriptor(t, k);
  }

  private note(k: string): void {
    if (this.known !== undefined && this.known.keys.includes(k)) return;
    this.draft().keys.add(k);
  }

  private draft(): DraftSeen {
    return this.fresh ??= this.observer.seenAt(this.owner, this.path, this.id);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}

function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) v = isRecord(v) ? v[seg as string] : undefined;
  return v;
}

/** Equal as a rule saw it at one field: the same primitive, or both objects (or both arrays). */
function sameShallow(a: unknown, b: unknown): boolean {
  if (isRecord(a) || isRecord(b)) return isRecord(a) && isRecord(b) && Array.isArray(a) === Array.isArray(b);
  return Object.is(a, b);
}
