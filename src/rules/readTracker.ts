import { KubeObject } from '../manifest';
import { LookupHooks } from './support/lookupIndex';
import { ValueObserver } from './valueObserver';

/** What one rule check read besides its own object. */
export interface Reads {
  /** The list of objects (their kinds, names, namespaces, order): stale when that list changes. */
  identities: boolean;
  /** The file's text (for quick-fix edits): stale when its line-ending style changes. */
  text: boolean;
  /**
   * Kinds of the objects whose plain value was read. Fields read are noted per object, for all
   * rules together (see ValueObserver): a re-parsed object of one of these kinds makes the check
   * stale only when a field some rule read on it changed.
   */
  valueKinds: Set<string>;
  /** Objects whose syntax tree or position was read: stale when one of them is re-parsed. */
  contents: Set<KubeObject>;
}

/**
 * Records what rule checks read. Objects are handed to rules as wrappers whose fields report
 * their reads; the wrappers are made once per object and keep `===` working between them.
 * NOTE: reads through `ctx.manifest` are assumed to stay near the nodes the rule read (as the
 * quick-fix helpers do); a rule that scanned the whole text, or read other objects through
 * `manifest.documents`, would need a dependency on every change, which is not recorded.
 */
export class ReadTracker {
  private wrappers = new WeakMap<KubeObject, KubeObject>();
  private raws = new WeakMap<KubeObject, KubeObject>();
  private current: Reads | undefined;
  private self: KubeObject | undefined;
  private last: KubeObject | undefined;
  readonly observer = new ValueObserver();
  /** Brings an object's ranges up to date before its nodes are read (see ManifestCache). */
  settle: (object: KubeObject) => void = () => undefined;

  /** Runs `check` for `self`; returns what it read, or undefined when it read nothing else. */
  during(self: KubeObject, check: () => void): Reads | undefined {
    const reads: Reads = { identities: false, text: false, valueKinds: new Set(), contents: new Set() };
    this.current = reads;
    this.self = self;
    this.last = self;
    try {
      check();
    } finally {
      this.current = undefined;
      this.self = undefined;
      this.last = undefined;
    }
    return reads.identities || reads.text || reads.valueKinds.size > 0 || reads.contents.size > 0 ? reads : undefined;
  }

  readText(): void {
    if (this.current) this.current.text = true;
  }

  /** The list of objects was read (the rule looked for other objects). */
  readList(): void {
    if (this.current) this.current.identities = true;
  }

  /** The syntax tree or position of `object` was read. */
  readContents(object: KubeObject): void {
    this.settle(object);
    if (object === this.last || !this.current) return;
    this.last = object;
    if (object !== this.self) this.current.contents.add(object);
  }

  /** The plain value of `object`, as the running rule may see it. */
  readValue(object: KubeObject): Record<string, unknown> {
    if (!this.current || object === this.self) return object.value;
    this.current.valueKinds.add(object.kind);
    return this.observer.view(object);
  }

  /** Wrappers of `objects`, each made once per object. */
  wrapAll(objects: readonly KubeObject[]): KubeObject[] {
    return objects.map((o) => {
      let w = this.wrappers.get(o);
      if (!w) {
        this.wrappers.set(o, w = new TrackedObject(o, this));
        this.raws.set(w, o);
      }
      return w;
    });
  }

  /**
   * How the lookup index reads wrapped objects: an index answers lookups by value without the
   * rule reading the other objects, so it reads every value through the observer (fields noted
   * whoever the running rule is) and each lookup counts as a read of the values of its kind.
   */
  lookupHooks(): LookupHooks {
    return {
      value: (o) => this.observer.view(this.raws.get(o) ?? o),
      readKind: (kind) => { this.current?.valueKinds.add(kind); },
    };
  }
}

/** A KubeObject whose name fields read freely and whose contents report to the tracker. */
class TrackedObject implements KubeObject {
  constructor(private readonly raw: KubeObject, private readonly tracker: ReadTracker) {}

  get kind(): string { return this.raw.kind; }
  get apiVersion(): string { return this.raw.apiVersion; }
  get name(): string | undefined { return this.raw.name; }
  get namespace(): string | undefined { return this.raw.namespace; }
  get source(): string { return this.raw.source; }

  get value(): Record<string, unknown> {
    return this.tracker.readValue(this.raw);
  }

  get node(): KubeObject['node'] {
    this.tracker.readContents(this.raw);
    return this.raw.node;
  }

  get docIndex(): number {
    this.tracker.readContents(this.raw);
    return this.raw.docIndex;
  }

  get path(): KubeObject['path'] {
    this.tracker.readContents(this.raw);
    return this.raw.path;
  }
}
