import * as vscode from 'vscode';
import { Logger } from '../util/logger';

// The slice of the built-in Git extension's API (version 1) we use.
interface GitRepository {
  show(ref: string, path: string): Promise<string>;
  readonly state: {
    readonly HEAD?: { readonly commit?: string };
    readonly onDidChange: vscode.Event<void>;
  };
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

export const CHOOSE_BASELINE_COMMAND = 'statefulsetStudio.chooseBaseline';

/** Baseline files the user picked, by document URI. */
const chosen = new Map<string, vscode.Uri>();
/** HEAD texts already read from git, by document URI and commit. */
const gitCache = new Map<string, { commit: string; text: string | undefined }>();
const changed = new vscode.EventEmitter<void>();

/** Fires when a baseline may have changed (user choice, git HEAD moved). */
export const onDidChangeBaseline = changed.event;

/** Where a baseline came from, for messages. */
export type BaselineSource = 'chosen' | 'git' | 'saved';

/**
 * The text the document is compared with: the file the user picked, else the file in git HEAD
 * when tracked, else the last saved version on disk. Undefined when none can be read.
 */
export async function getBaselineText(uri: vscode.Uri): Promise<string | undefined> {
  return (await getBaseline(uri))?.text;
}

/** Like `getBaselineText`, also saying where the text came from. */
export async function getBaseline(
  uri: vscode.Uri,
): Promise<{ text: string; source: BaselineSource } | undefined> {
  const picked = chosen.get(uri.toString());
  if (picked) {
    const text = await readText(picked);
    if (text !== undefined) return { text, source: 'chosen' };
  }
  const fromGit = await gitHeadText(uri);
  if (fromGit !== undefined) return { text: fromGit, source: 'git' };
  if (uri.scheme !== 'file') return undefined;
  const saved = await readText(uri);
  return saved === undefined ? undefined : { text: saved, source: 'saved' };
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

let gitApi: GitApi | undefined;
let gitWatched = new WeakSet<GitRepository>();
const gitSubscriptions: vscode.Disposable[] = [];

async function getGitApi(): Promise<GitApi | undefined> {
  if (gitApi) return gitApi;
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return undefined;
  const exports = ext.isActive ? ext.exports : await ext.activate();
  if (!exports?.enabled) return undefined;
  gitApi = exports.getAPI(1);
  return gitApi;
}

async function gitHeadText(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme !== 'file') return undefined;
  try {
    const api = await getGitApi();
    const repo = api?.getRepository(uri);
    const commit = repo?.state.HEAD?.commit;
    if (!repo || !commit) return undefined;
    if (!gitWatched.has(repo)) {
      gitWatched.add(repo);
      gitSubscriptions.push(repo.state.onDidChange(() => changed.fire()));
    }
    const key = uri.toString();
    const cached = gitCache.get(key);
    if (cached && cached.commit === commit) return cached.text;
    // `show` fails for files that are not in HEAD (untracked or new): no git baseline then.
    const text = await repo.show('HEAD', uri.fsPath).catch(() => undefined);
    gitCache.set(key, { commit, text });
    return text;
  } catch {
    return undefined;
  }
}

/** Registers `statefulsetStudio.chooseBaseline` (pick a file, or go back to automatic). */
export function registerBaseline(log: Logger): vscode.Disposable {
  const choose = async (arg?: vscode.Uri) => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return;
    const pick = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Choose a file…'), id: 'file' },
        { label: vscode.l10n.t('Automatic: git HEAD, else the last saved version'), id: 'auto' },
      ],
      { placeHolder: vscode.l10n.t('Baseline for update safety') },
    );
    if (!pick) return;
    if (pick.id === 'auto') {
      chosen.delete(uri.toString());
    } else {
      const files = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: vscode.l10n.t('Use as baseline'),
        filters: { YAML: ['yaml', 'yml'] },
      });
      if (!files?.[0]) return;
      chosen.set(uri.toString(), files[0]);
      log.info(`baseline for ${uri.toString()}: ${files[0].toString()}`);
    }
    changed.fire();
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CHOOSE_BASELINE_COMMAND, (arg?: vscode.Uri) =>
      choose(arg).catch((err) => log.error(err instanceof Error ? err : String(err))),
    ),
    vscode.workspace.onDidSaveTextDocument(() => changed.fire()),
    {
      dispose: () => {
        gitSubscriptions.splice(0).forEach((d) => d.dispose());
        chosen.clear();
        gitCache.clear();
        gitWatched = new WeakSet();
        gitApi = undefined;
      },
    },
  );
}
