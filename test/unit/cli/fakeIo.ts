import { CliIo, PathKind } from '../../../src/cli/cliIo';

/** An in-memory CliIo: files by absolute path, captured output, optional stdin. */
export interface FakeIo extends CliIo {
  out: string[];
  err: string[];
  files: Map<string, string>;
  /** Paths whose reads fail as if permission were denied. */
  unreadable: Set<string>;
}

export function fakeIo(
  files: Record<string, string>,
  options: { cwd?: string; stdin?: string; isTty?: boolean } = {},
): FakeIo {
  const map = new Map(Object.entries(files));
  const io: FakeIo = {
    out: [],
    err: [],
    files: map,
    unreadable: new Set(),
    stdout: (t) => void io.out.push(t),
    stderr: (t) => void io.err.push(t),
    readFile: (p) => {
      if (io.unreadable.has(p)) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      const text = map.get(p);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    writeFile: (p, t) => void map.set(p, t),
    readStdin: async () => options.stdin ?? '',
    listDir: (p) => {
      const prefix = p.endsWith('/') ? p : `${p}/`;
      const names = new Set<string>();
      for (const f of map.keys())
        if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0]);
      return [...names];
    },
    pathKind: (p): PathKind => {
      const clean = p.replace(/\/+$/, '') || '/';
      if (map.has(clean)) return 'file';
      const prefix = clean === '/' ? '/' : `${clean}/`;
      for (const f of map.keys()) if (f.startsWith(prefix)) return 'directory';
      return 'missing';
    },
    cwd: options.cwd ?? '/work',
    isTty: options.isTty ?? false,
    env: {},
  };
  return io;
}

/** A StatefulSet with a selector that does not match its template (selector-mismatch, error). */
export const BROKEN_SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: c
          image: nginx:1.27
  volumeClaimTemplates:
    - metadata:
        name: data
`;

/** The headless Service that governs BROKEN_SET. */
export const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - name: http
      port: 80
`;
