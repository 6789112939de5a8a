import {
  allObjects,
  KubeObject,
  OffsetRange,
  parseManifest,
  ParsedManifest,
  positionAt,
  StudioSettings,
} from '../manifest';

/** What completion, hover and CodeLens may know beyond the text itself. */
export interface LanguageContext {
  settings?: Partial<StudioSettings>;
  /** Objects of other open documents and workspace files (from the object index). */
  otherObjects?: readonly KubeObject[];
  /** The source name of the text (a URI); objects of this source count as "this file". */
  source?: string;
  /** Line starts of another source, to say on which line an object of that file sits. */
  lineStartsOf?: (source: string) => readonly number[] | undefined;
  /** The whole text already parsed (e.g. by an incremental cache); parsed on demand when absent. */
  manifest?: ParsedManifest;
}

/** The whole file parsed: the context's copy when it has one for this text, else a fresh parse. */
export function wholeManifest(text: string, context: LanguageContext): ParsedManifest {
  const given = context.manifest;
  return given && given.text === text ? given : parseManifest(text, context.source ?? '<input>');
}

/** The objects of one YAML document (parsed alone, with offsets shifted back into the file). */
export function objectsOfDocument(text: string, range: OffsetRange, source: string): KubeObject[] {
  // Parsing the slice keeps completion cheap in very large files; values are all we read.
  return allObjects(parseManifest(text.slice(range.start, range.end), source));
}

/** Where an object is, for people: `file.yaml:12` (1-based line) or just the file name. */
export function describeLocation(
  obj: KubeObject,
  manifest: ParsedManifest | undefined,
  context: LanguageContext,
): string {
  const start = obj.node.range?.[0] ?? 0;
  const own = manifest !== undefined && obj.source === manifest.source;
  const lineStarts = own ? manifest.lineStarts : context.lineStartsOf?.(obj.source);
  const file = baseName(obj.source);
  if (!lineStarts) return file;
  return `${file}:${positionAt(lineStarts, start).line + 1}`;
}

/** The last path segment of a URI or file path. */
export function baseName(source: string): string {
  const clean = source.replace(/[?#].*$/, '');
  const slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
  return decodeSafely(slash >= 0 ? clean.slice(slash + 1) : clean);
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
