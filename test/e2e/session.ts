import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { CodeServer, installVsix, REPO_ROOT } from './codeServer';
import { launchChromium, Workbench } from './workbench';

export const VSIX = path.join(REPO_ROOT, 'dist', 'statefulset-studio.vsix');

/** The examples the suite opens; our own fixtures stand in until examples/ has them. */
export function workspaceSource(): string {
  const examples = path.join(REPO_ROOT, 'examples');
  const needed = ['web.yaml', 'mistakes.yaml'];
  return needed.every((f) => fs.existsSync(path.join(examples, f)))
    ? examples : path.join(REPO_ROOT, 'test', 'e2e', 'fixtures');
}

/** Copies the examples into a scratch folder so quick fixes never touch the repository. */
export function scratchWorkspace(stateDir: string): string {
  const dir = path.join(stateDir, 'workspace');
  fs.cpSync(workspaceSource(), dir, { recursive: true });
  return dir;
}

/** One code-server with the packaged extension, and one browser page on it, for the suite. */
export class Session {
  private constructor(
    readonly stateDir: string,
    readonly server: CodeServer,
    readonly browser: Browser,
    readonly page: Page,
    readonly workbench: Workbench,
  ) {}

  get workspace(): string { return this.server.options.workspace; }

  /** Text of a workspace file as it is on disk now. */
  read(name: string): string { return fs.readFileSync(path.join(this.workspace, name), 'utf8'); }

  static async start(): Promise<Session> {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package first`);
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-e2e-'));
    installVsix(stateDir, VSIX);
    const workspace = scratchWorkspace(stateDir);
    const server = await CodeServer.start({ stateDir, workspace });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(20_000);
    const workbench = new Workbench(page);
    await workbench.open(server.url());
    return new Session(stateDir, server, browser, page, workbench);
  }

  /**
   * Saves a screenshot under test-results/e2e/ and, for README pictures with UPDATE_SCREENSHOTS=1,
   * into docs/images/.
   */
  async screenshot(name: string, forReadme = true): Promise<void> {
    const results = path.join(REPO_ROOT, 'test-results', 'e2e');
    fs.mkdirSync(results, { recursive: true });
    await this.page.screenshot({ path: path.join(results, `${name}.png`) });
    if (forReadme && process.env.UPDATE_SCREENSHOTS === '1') {
      await this.workbench.screenshot(REPO_ROOT, name);
    }
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    if (process.env.KEEP_E2E_STATE !== '1') fs.rmSync(this.stateDir, { recursive: true, force: true });
  }
}

let current: Session | undefined;

/** The suite's session, started by the root hook in hooks.ts. */
export function session(): Session {
  if (!current) throw new Error('the e2e session is not started (hooks.ts not loaded?)');
  return current;
}

export async function startSession(): Promise<Session> {
  current = await Session.start();
  return current;
}

export async function stopSession(): Promise<string[]> {
  if (!current) return [];
  const attempts = current.server.networkAttempts();
  await current.stop();
  current = undefined;
  return attempts;
}
