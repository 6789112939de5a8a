import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/** The repository root (this file compiles to out/test/e2e/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const E2E_DIR = path.join(REPO_ROOT, '.e2e');
export const NODE24 = path.join(E2E_DIR, 'node24', 'node_modules', 'node', 'bin', 'node');
export const CODE_SERVER_ENTRY =
  path.join(E2E_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Settings that stop VS Code from reaching for hosts on the internet (gallery, telemetry...). */
const OFFLINE_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'github.gitAuthentication': false,
  'npm.fetchOnlinePackageInfo': false,
};

/** Settings that keep the workbench predictable for a test driving it. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 150,
  'editor.lightbulb.enabled': 'on',
  // Sticky scroll lines float over the top of the editor and can cover the light bulb.
  'editor.stickyScroll.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'all',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
};

/** A gallery address on loopback that answers nothing, so no request leaves the machine. */
const OFFLINE_ENV: Record<string, string> = {
  EXTENSIONS_GALLERY: JSON.stringify({
    serviceUrl: 'http://127.0.0.1:9/gallery',
    itemUrl: 'http://127.0.0.1:9/item',
  }),
};

export interface CodeServerOptions {
  /** Folder for user data, extensions and logs; created fresh. */
  stateDir: string;
  workspace: string;
  /** Start with the smoke-test driver so `?payload=` can load a development extension. */
  smokeTestDriver?: boolean;
  /** Extra environment for the server and its extension hosts. */
  env?: Record<string, string>;
}

/** A running code-server on 127.0.0.1, in a process group of its own. */
export class CodeServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly options: CodeServerOptions,
    private readonly output: string[],
  ) {}

  get userDataDir(): string { return path.join(this.options.stateDir, 'user-data'); }
  get extensionsDir(): string { return path.join(this.options.stateDir, 'extensions'); }

  /** The workbench address with the workspace folder open. */
  url(query: Record<string, string> = {}): string {
    const params = new URLSearchParams({ folder: this.options.workspace, ...query });
    return `http://127.0.0.1:${this.port}/?${params.toString()}`;
  }

  /** Starts the server and resolves once it answers on its port. */
  static async start(options: CodeServerOptions): Promise<CodeServer> {
    assertInstalled();
    const userData = path.join(options.stateDir, 'user-data');
    for (const scope of ['User', 'Machine']) {
      const dir = path.join(userData, scope);
      fs.mkdirSync(dir, { recursive: true });
      const settings = { ...OFFLINE_SETTINGS, ...QUIET_SETTINGS };
      fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
    }
    fs.mkdirSync(path.join(options.stateDir, 'extensions'), { recursive: true });
    const port = await freePort();
    const args = [
      CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', ...stateArgs(options.stateDir),
      ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      options.workspace,
    ];
    const child = spawn(NODE24, args, {
      detached: true,
      env: serverEnv(options.stateDir, options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const server = new CodeServer(child, port, options, output);
    // If the test process dies first, take the server's process group with it.
    const pid = child.pid;
    const reap = () => { if (pid !== undefined) signalGroup(pid, 'SIGKILL'); };
    process.once('exit', reap);
    child.once('exit', () => process.off('exit', reap));
    await server.waitUntilListening();
    return server;
  }

  /** Everything the server printed so far. */
  log(): string { return this.output.join(''); }

  private async waitUntilListening(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) {
        throw new Error(`code-server exited with ${this.child.exitCode}:\n${this.log()}`);
      }
      try {
        const res = await fetch(`http://127.0.0.1:${this.port}/healthz`);
        if (res.ok) return;
      } catch {
        // Not listening yet.
      }
      await onceOutputOrTimeout(this.child, 500);
    }
    throw new Error(`code-server did not answer on port ${this.port}:\n${this.log()}`);
  }

  /** Lines of the server's own logs and output that show an attempt to resolve a host name. */
  networkAttempts(): string[] {
    return findNetworkAttempts(path.join(this.userDataDir, 'logs'), this.log());
  }

  /** The last lines of every extension host's log, to explain a suite that never reported. */
  extensionHostLog(lines = 40): string {
    const logs = path.join(this.userDataDir, 'logs');
    return [...walk(logs)].filter((f) => path.basename(f) === 'remoteexthost.log').map((f) => {
      const tail = fs.readFileSync(f, 'utf8').split('\n').slice(-lines).join('\n');
      return `== ${path.relative(logs, f)}\n${tail}`;
    }).join('\n');
  }

  /** Ends the server's whole process group (watcher, extension hosts). */
  async stop(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined || this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    signalGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Installs a packaged extension into the server's extensions folder (server not running). */
export function installVsix(stateDir: string, vsix: string): string {
  assertInstalled();
  return execFileSync(NODE24, [
    CODE_SERVER_ENTRY, ...stateArgs(stateDir), '--install-extension', vsix,
  ], { env: serverEnv(stateDir), encoding: 'utf8', timeout: 120_000 });
}

/** Keeps code-server's config, data and extensions inside `stateDir`, away from $HOME. */
function stateArgs(stateDir: string): string[] {
  return [
    '--config', path.join(stateDir, 'config.yaml'),
    '--user-data-dir', path.join(stateDir, 'user-data'),
    '--extensions-dir', path.join(stateDir, 'extensions'),
  ];
}

function serverEnv(stateDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env, ...OFFLINE_ENV, ...extra,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
  };
}

/**
 * Host-name lookups (`getaddrinfo`, as Node reports a failed or attempted DNS resolution) in the
 * log files under `logsDir` and in `output`. Anything on loopback needs no lookup at all.
 */
export function findNetworkAttempts(logsDir: string, output = ''): string[] {
  const hits: string[] = [];
  for (const file of walk(logsDir)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (/getaddrinfo/i.test(line)) hits.push(`${path.relative(logsDir, file)}: ${line}`);
    }
  }
  for (const line of output.split('\n')) {
    if (/getaddrinfo/i.test(line)) hits.push(`output: ${line}`);
  }
  return hits;
}

function assertInstalled(): void {
  for (const file of [NODE24, CODE_SERVER_ENTRY]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run scripts/setupE2e.sh first`);
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Waits for the next output of `child` or `ms`, whichever comes first. */
function onceOutputOrTimeout(child: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    child.stdout?.once('data', done);
  });
}

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}
