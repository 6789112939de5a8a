// monaco-yaml (through monaco-worker-manager) asks Monaco for a worker by `label` and passes its
// `createData`, the pre-0.5x way. Monaco 0.57 wants the Worker itself, and the worker expects
// two messages before it starts: a wake-up and then the create data. This adapter does that.
import * as monaco from 'monaco-editor';

interface LegacyWorkerOptions {
  moduleId?: string;
  label?: string;
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}

/** `monaco` with an `editor.createWebWorker` that also accepts the label-based options. */
export function monacoForYaml(createWorker: (label: string) => Worker): typeof monaco {
  const createWebWorker = (opts: LegacyWorkerOptions & { worker?: Worker }) => {
    if (opts.worker)
      return monaco.editor.createWebWorker(opts as monaco.editor.IInternalWebWorkerOptions);
    const worker = createWorker(opts.label ?? 'yaml');
    worker.postMessage('start');
    worker.postMessage(opts.createData);
    return monaco.editor.createWebWorker({
      worker,
      host: opts.host as Record<string, Function> | undefined,
      keepIdleModels: opts.keepIdleModels,
    });
  };
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as unknown as typeof monaco;
}
