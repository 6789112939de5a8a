import { KubeObject } from '../manifest';

/** What one rule check read besides its own object. */
export interface Reads {
  /** The list of objects (their kinds, names, namespaces, order): stale when that list changes. */
  identities: boolean;
  /** The file's text (for quick-fix edits): stale when its line-ending style changes. */
  text: boolean;
  /** Objects whose contents were read: stale when one of them is re-parsed. */
  values: Set<KubeObject>;
}

const IDENTITY_FIELDS = new Set(['kind', 'apiVersion', 'name', 'namespace', 'source']);

/**
 * Records what rule checks read. Objects are handed to rules as wrappers whose fields report
 * their reads; the wrappers are made once per object and keep `===` working between them.
 * NOTE: text reads are assumed to stay near the nodes the rule read (as the quick-fix helpers
 * do); a rule that scanned the whole text would need a `text` dependency on every change.
 */
export class ReadTracker {
  private wrappers = new WeakMap<KubeObject, KubeObject>();
  private current: Reads | undefined;
  private self: KubeObject | undefined;

  /** Runs `check` for `self`; returns what it read, or undefined when it read nothing else. */
  during(self: KubeObject, check: () => void): Reads | undefined {
    const reads: Reads = { identities: false, text: false, values: new Set() };
    this.current = reads;
    this.self = self;
    try {
      check();
    } finally {
      this.current = undefined;
      this.self = undefined;
    }
    return reads.identities || reads.text || reads.values.size > 0 ? reads : undefined;
  }

  readText(): void {
    if (this.current) this.current.text = true;
  }

  /** The list of objects was read (the rule looked for other objects). */
  readList(): void {
    if (this.current) this.current.identities = true;
  }

  /** Wrappers of `objects`, each made once per object. */
  wrapAll(objects: readonly KubeObject[]): KubeObject[] {
    return objects.map((o) => this.wrap(o));
  }

  private wrap(object: KubeObject): KubeObject {
    let w = this.wrappers.get(object);
    if (w) return w;
    w = {} as KubeObject;
    for (const key of Object.keys(object) as (keyof KubeObject)[]) {
      const identity = IDENTITY_FIELDS.has(key);
      Object.defineProperty(w, key, {
        enumerable: true,
        get: () => {
          const reads = this.current;
          if (reads && !identity && object !== this.self) reads.values.add(object);
          return object[key];
        },
      });
    }
    this.wrappers.set(object, w);
    return w;
  }
}
