import { KubeObject } from '../manifest';
import { LookupHooks } from './support/lookupIndex';
import { ValueObserver } from './valueObserver';

/**
 * What one rule check read besides its own object. Never changed once made: the linter keeps one
 * per rule result, and checks that read alike (most do) share one.
 */
export interface Reads {
  /** The list of objects (their kinds, names, namespaces, order): stale when that list changes. */
  readonly identities: boolean;
  /** The file's text (for quick-fix edits): stale when its line-ending style changes. */
  readonly text: boolean;
  /**
   * Kinds of the objects whose plain value was read. Fields read are noted per object, for all
   * rules together (see ValueObserver): a re-parsed object of one of these kinds makes the check
   * stale only when a field some rule read on it changed.
   */
  readonly valueKinds: readonly string[];
  /** Objects whose syntax tree or position was read: stale when one of them is re-parsed. */
  readonly contents: readonly KubeObject[];
}

const NO_OBJECTS: readonly KubeObject[] = [];

/**
 * Records what rule checks read. Objects are handed to rules as wrappers whose fields report
 * their reads; the wrappers of one run are made together and keep `===` working between them.
 * NOTE: reads through `ctx.manifest` are assumed to stay near the nodes the rule read (as the
 * quick-fix helpers do); a rule that scanned the whole text, or read other objects through
 * `manifest.documents`, would need a dependency on every change, which is not recorded.
 */
export class ReadTracker {
  // What the running check read so far (one set of fields reused by every check).
  private running = false;
  private identities = false;
  private text = false;
  private readonly kinds = new Set<string>();
  private readonly contents = new Set<KubeObject>();
  private self: KubeObject | undefined;
  private last: KubeObject | undefined;
  /** Reads that name no object, by what they hold; few kinds of them occur. */
  private readonly alike = new Map<string, Reads>();
  readonly observer = new ValueObserver();
  /** Brings an object's ranges up to date before its nodes are read (see ManifestCache). */
  settle: (object: KubeObject) => void = () => undefined;

  /** Runs `check` for `self`; returns what it read, or undefined when it read nothing else. */
  during(self: KubeObject, check: () => void): Reads | undefined {
    this.running = true;
    this.identities = false;
    this.text = false;
    this.kinds.clear();
    this.contents.clear();
    this.self = self;
    this.last = self;
    try {
      check();
    } finally {
      this.running = false;
      this.self = undefined;
      this.last = undefined;
    }
    return this.collect();
  }

  /**
   * Ends a run of checks: the proxies rules saw go, and only the record of the fields they read
   * stays (see ValueObserver.seal). Also called before a run, for a run that was given up.
   */
  endRun(): void {
    this.observer.seal();
  }

  readText(): void {
    if (this.running) this.text = true;
  }

  /** The list of objects was read (the rule looked for other objects). */
  readList(): void {
    if (this.running) this.identities = true;
  }

  /** The syntax tree or position of `object` was read. */
  readContents(object: KubeObject): void {
    this.settle(object);
    if (object === this.last || !this.running) return;
    this.last = object;
    if (object !== this.self) this.contents.add(object);
  }

  /** The plain value of `object`, as the running rule may see it. */
  readValue(object: KubeObject): Record<string, unknown> {
    if (!this.running || object === this.self) return object.value;
    this.kinds.add(object.kind);
    return this.observer.view(object);
  }

  /** Wrappers of `objects` for one run of checks. */
  wrapAll(objects: readonly KubeObject[]): KubeObject[] {
    return objects.map((o) => new TrackedObject(o, this));
  }

  /**
   * How the lookup index reads wrapped objects: an index answers lookups by value without the
   * rule reading the other objects, so it reads every value through the observer (fields noted
   * whoever the running rule is) and each lookup counts as a read of the values of its kind.
   */
  lookupHooks(): LookupHooks {
    return {
      value: (o) => this.observer.view(o instanceof TrackedObject ? o.raw : o),
      readKind: (kind) => { if (this.running) this.kinds.add(kind); },
    };
  }

  /** The reads of the check that just ran, shared with earlier alike ones when it named no object. */
  private collect(): Reads | undefined {
    const kinds = this.kinds;
    if (!this.identities && !this.text && kinds.size === 0 && this.contents.size === 0) return undefined;
    const valueKinds = kinds.size === 0 ? [] : [...kinds].sort();
    if (this.contents.size > 0) {
      return { identities: this.identities, text: this.text, valueKinds, contents: [...this.contents] };
    }
    const key = `${this.identities ? 'i' : '-'}${this.text ? 't' : '-'}${JSON.stringify(valueKinds)}`;
    let reads = this.alike.get(key);
    if (!reads) {
      reads = { identities: this.identities, text: this.text, valueKinds, contents: NO_OBJECTS };
      this.alike.set(key, reads);
    }
    return reads;
  }
}

/** A KubeObject whose name fields read freely and whose contents report to the tracker. */
class TrackedObject implements KubeObject {
  constructor(readonly raw: KubeObject, private readonly tracker: ReadTracker) {}

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
