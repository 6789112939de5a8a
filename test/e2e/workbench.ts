import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, chromium, FrameLocator, Locator, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const PNGQUANT = '/usr/bin/pngquant';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Headless Debian Chromium; never a browser a tool downloads. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/setupE2e.sh`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** One entry of the Problems panel as shown: rule id (the diagnostic code) and 1-based place. */
export interface Problem {
  source: string;
  code: string;
  line: number;
  column: number;
  text: string;
}

/** Reads a Problems row: message, `source(code)` or source and code on lines, `[Ln 3, Col 7]`. */
export function parseProblem(text: string): Problem {
  const where = /\[Ln (\d+), Col (\d+)\]/.exec(text);
  // The message comes first and may itself mention the source, so the last match wins.
  const owners = [...text.matchAll(/(statefulset-studio)(?:[ \t]*\n\s*|\()([a-z0-9-]+)/g)];
  const owner = owners[owners.length - 1];
  return {
    source: owner?.[1] ?? '',
    code: owner?.[2] ?? '',
    line: Number(where?.[1] ?? 0),
    column: Number(where?.[2] ?? 0),
    text,
  };
}

/** What a user does in the VS Code workbench, expressed as waits on what the page shows. */
export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens `url` and waits for the workbench and its explorer to show the workspace. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitForWorkbench();
  }

  async waitForWorkbench(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first()
      .waitFor({ timeout: 90_000 });
  }

  /**
   * Runs a command palette entry by its full label, e.g. `StatefulSet: Open Preview to the Side`,
   * then picks `picks` in the quick picks the command opens, one after the other.
   */
  async runCommand(label: string, ...picks: string[]): Promise<void> {
    await this.focusEditorArea();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor();
    await input.fill(`>${label}`);
    for (const pick of [label, ...picks]) {
      const row = this.quickPickRow(pick);
      await row.waitFor();
      await row.click();
    }
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Opens a workspace file through quick open and waits for its editor tab to be active. */
  async openFile(name: string): Promise<void> {
    await this.focusEditorArea();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor();
    await input.fill(name);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
    await this.activeTab(name).waitFor();
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  /** The active editor tab with `name`. */
  activeTab(name: string): Locator {
    return this.page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`);
  }

  /** Puts the cursor at a 1-based line and column through "Go to Line/Column". */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.page.locator(`.statusbar-item[id="status.editor.selection"]`,
      { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /** Closes whatever floats over the workbench (palette, menus, hovers); focuses the editor. */
  async dismissOverlays(): Promise<void> {
    const floating = this.page.locator(['.quick-input-widget', '.action-widget', '.monaco-hover',
      '.context-view'].map((c) => `${c}:visible`).join(', '));
    for (let i = 0; i < 3 && (await floating.count()) > 0; i++) {
      await this.page.keyboard.press('Escape');
    }
    await this.focusEditorArea();
  }

  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor textarea').first().focus();
  }

  private async focusEditorArea(): Promise<void> {
    const textarea = this.page.locator('.editor-instance .monaco-editor textarea').first();
    if (await textarea.count()) await textarea.focus();
    else await this.page.locator('.monaco-workbench').click({ position: { x: 600, y: 10 } });
  }

  async showProblems(): Promise<void> {
    await this.runCommand('Problems: Focus on Problems View');
    await this.page.locator('.markers-panel').waitFor();
  }

  /**
   * The Problems panel's entries for `file` once it lists exactly `count` of them, read row by
   * row with the keyboard (the list is virtual: only what fits is in the page at once).
   */
  async problemsOf(file: string, count: number): Promise<Problem[]> {
    await this.showProblems();
    const label = count === 1 ? '1 problem' : `${count} problems`;
    const fileRow = this.page.locator(
      `.markers-panel .monaco-list-row[aria-label^="${label} in file ${file}"]`);
    await fileRow.waitFor({ timeout: 30_000 });
    // A click on a folder-like row toggles it; make sure it ends up expanded.
    await fileRow.click();
    if ((await fileRow.getAttribute('aria-expanded')) === 'false') await fileRow.click();
    await this.page.locator(`.markers-panel .monaco-list-row.focused[aria-expanded="true"]`).waitFor();
    const problems: Problem[] = [];
    const first = Number(await fileRow.getAttribute('data-index'));
    for (let i = 1; i <= count; i++) {
      await this.page.keyboard.press('ArrowDown');
      const row = this.page.locator(
        `.markers-panel .monaco-list-row.focused[data-index="${first + i}"]`);
      problems.push(parseProblem(await row.innerText()));
    }
    return problems;
  }

  /** A row of the open quick pick (command palette, quick fix list...) by its label. */
  quickPickRow(label: string): Locator {
    return this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  }

  /** The content frame of the visible webview (our preview panel). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready:visible').first()
      .frameLocator('#active-frame');
  }

  /** Brings an editor tab to the front by clicking it. */
  async activateTab(name: string): Promise<void> {
    await this.page.locator(`.tabs-container .tab[data-resource-name="${name}"]`).first().click();
    await this.activeTab(name).waitFor();
  }

  /** The text of the active editor as the user's file on disk has it after saving. */
  async save(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  /**
   * Writes a PNG of the page for the README into docs/images/vscode-<name>.png, reduced to a
   * small palette with Debian's pngquant so each stays well under 150 KB.
   */
  async screenshot(repoRoot: string, name: string): Promise<string> {
    if (!fs.existsSync(PNGQUANT)) {
      throw new Error(`${PNGQUANT} is missing: apt-get install -y pngquant to update screenshots`);
    }
    const file = path.join(repoRoot, 'docs', 'images', `vscode-${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    execFileSync(PNGQUANT, ['--force', '--quality=40-90', '--output', file, file]);
    return file;
  }
}
