// Which parts of an object's plain value rules have looked at. A rule that reads another object's
// value sees it through proxies that note every field read (and every key listing) by path; when
// that object is re-parsed, its readers need to run again only if one of those fields changed.
import { KubeObject } from '../manifest';

type Path = readonly (string | number)[];

/** Fields read at one path of one object: keys, and whether the key list itself was read. */
interface Seen {
  path: Path;
  keys: Set<string>;
  listed: boolean;
}

/** The paths of one object's value that were read. */
interface Observations {
  byPath: Map<string, Seen>;
  /** One plain object was met at two paths (YAML aliases): comparing by path is not enough. */
  shared: boolean;
}

export class ValueObserver {
  private observed = new WeakMap<KubeObject, Observations>();
  private proxies = new WeakMap<object, { proxy: object; owner: KubeObject; key: string }>();

  /** `object.value` as seen by a rule: reads are noted against `object`. */
  view(object: KubeObject): Record<string, unknown> {
    return this.proxyFor(object, object.value, [], '') as Record<string, unknown>;
  }

  /**
   * Whether `next` (the re-parsed `old`) shows the same fields at every path read on `old`; when
   * it does, what was read on `old` now counts as read on `next`.
   */
  carryOver(old: KubeObject, next: KubeObject): boolean {
    const seen = this.observed.get(old);
    if (!seen) return true;
    if (seen.shared) return false;
    for (const s of seen.byPath.values()) {
      const a = at(old.value, s.path);
      const b = at(next.value, s.path);
      if (!isRecord(a) || !isRecord(b)) return false;
      if (s.listed && Object.keys(a).join('\u0000') !== Object.keys(b).join('\u0000')) return false;
      for (const k of s.keys) if (!sameShallow(a[k], b[k]) || (k in a) !== (k in b)) return false;
    }
    this.observed.set(next, seen);
    return true;
  }

  private proxyFor(owner: KubeObject, target: unknown, path: Path, key: string): unknown {
    if (!isRecord(target)) return target;
    const cached = this.proxies.get(target);
    if (cached) {
      if (cached.owner !== owner || cached.key !== key) this.observations(owner).shared = true;
      return cached.proxy;
    }
    const seen = this.seenAt(owner, path, key);
    const isArray = Array.isArray(target);
    // Child proxies by key: a rule walking the same path again gets them without a lookup.
    const children = new Map<string, unknown>();
    const proxy = new Proxy(target, {
      get: (t, k) => {
        if (typeof k === 'symbol') return (t as Record<symbol, unknown>)[k];
        const v = t[k];
        seen.keys.add(k);
        if (v === null || typeof v !== 'object') return v;
        let c = children.get(k);
        if (c === undefined) {
          c = this.proxyFor(owner, v, [...path, isArray && /^\d+$/.test(k) ? Number(k) : k], `${key}\u0000${k}`);
          children.set(k, c);
        }
        return c;
      },
      has: (t, k) => {
        if (typeof k !== 'symbol') seen.keys.add(k);
        return Reflect.has(t, k);
      },
      ownKeys: (t) => {
        seen.listed = true;
        return Reflect.ownKeys(t);
      },
      getOwnPropertyDescriptor: (t, k) => {
        if (typeof k !== 'symbol') seen.keys.add(k);
        return Reflect.getOwnPropertyDescriptor(t, k);
      },
    });
    this.proxies.set(target, { proxy, owner, key });
    return proxy;
  }

  private observations(owner: KubeObject): Observations {
    let obs = this.observed.get(owner);
    if (!obs) this.observed.set(owner, obs = { byPath: new Map(), shared: false });
    return obs;
  }

  private seenAt(owner: KubeObject, path: Path, key: string): Seen {
    const obs = this.observations(owner);
    let s = obs.byPath.get(key);
    if (!s) obs.byPath.set(key, s = { path, keys: new Set(), listed: false });
    return s;
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
