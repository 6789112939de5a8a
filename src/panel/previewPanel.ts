import * as vscode from 'vscode';
import type { HostMessage, PanelMessage } from '../protocol/messages';
import { isPanelMessage } from '../protocol/validate';
import { manifestFor } from '../providers/manifestCache';
import { readSettings } from '../providers/settings';
import { toRange } from '../providers/positions';
import type { Logger } from '../util/logger';
import { buildPanelHtml, localResourceRoots } from './panelHtml';
import { revealRange } from './revealRange';

/** The view type VS Code persists and hands to our serializer after a reload. */
export const PREVIEW_VIEW_TYPE = 'statefulsetStudio.preview';

/** Live edits reach the panel at most this often. */
const UPDATE_DEBOUNCE_MS = 200;

/** Creates the options every preview panel is opened with (no retained context). */
export function previewPanelOptions(
  extensionUri: vscode.Uri,
): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: false,
    localResourceRoots: localResourceRoots(extensionUri),
  };
}

/**
 * One preview: a webview showing the StatefulSets of one source document. It forwards edits of
 * that document (debounced, with the document version) and answers the panel's requests.
 */
export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeListeners: (() => void)[] = [];
  private ready = false;
  private pending: HostMessage[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSentVersion = -1;
  private lastFocus: number | undefined;
  private forceNext = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private source: vscode.Uri,
    readonly locked: boolean,
    extensionUri: vscode.Uri,
    private readonly log: Logger,
  ) {
    panel.webview.options = previewPanelOptions(extensionUri);
    panel.webview.html = buildPanelHtml(panel.webview, extensionUri);
    this.updateTitle();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.source.toString()) this.scheduleUpdate();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('statefulsetStudio')) this.scheduleUpdate(true);
      }),
    );
  }

  get sourceUri(): vscode.Uri {
    return this.source;
  }

  onDidDispose(listener: () => void): void {
    this.disposeListeners.push(listener);
  }

  /** Shows another document in this (unlocked) preview. */
  retarget(uri: vscode.Uri, docIndex?: number): void {
    if (this.locked || uri.toString() === this.source.toString()) {
      if (docIndex !== undefined) this.focus(docIndex);
      return;
    }
    this.source = uri;
    this.lastSentVersion = -1;
    this.lastFocus = docIndex;
    this.updateTitle();
    void this.sendUpdate(docIndex);
  }

  /** Selects the set of document `docIndex` in the panel, once per change of cursor target. */
  focus(docIndex: number): void {
    if (this.lastFocus === docIndex) return;
    this.lastFocus = docIndex;
    void this.documentVersion().then((version) => {
      if (version !== undefined)
        this.post({ type: 'focus', uri: this.source.toString(), version, docIndex });
    });
  }

  /** Sends a message now if the panel listens, else once it says it is ready. */
  post(message: HostMessage): void {
    if (!this.ready) {
      this.pending.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    for (const l of this.disposeListeners.splice(0)) l();
  }

  /** Sends the document after a quiet moment; `force` also when its version did not change. */
  private scheduleUpdate(force = false): void {
    if (this.timer) clearTimeout(this.timer);
    this.forceNext ||= force;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const forced = this.forceNext;
      this.forceNext = false;
      void this.sendUpdate(undefined, forced);
    }, UPDATE_DEBOUNCE_MS);
  }

  private async sendUpdate(focusDocIndex: number | undefined, force = false): Promise<void> {
    try {
      const doc = await vscode.workspace.openTextDocument(this.source);
      const unchanged = doc.version === this.lastSentVersion && focusDocIndex === undefined;
      if (unchanged && !force) return;
      this.lastSentVersion = doc.version;
      this.post({
        type: 'update',
        uri: doc.uri.toString(),
        version: doc.version,
        text: doc.getText(),
        settings: readSettings(doc.uri),
        locked: this.locked,
        focusDocIndex,
      });
    } catch (err) {
      this.log.error(err instanceof Error ? err : String(err));
    }
  }

  private async documentVersion(): Promise<number | undefined> {
    try {
      return (await vscode.workspace.openTextDocument(this.source)).version;
    } catch {
      return undefined;
    }
  }

  private updateTitle(): void {
    const file = this.source.path.split('/').pop() ?? this.source.toString();
    this.panel.title = this.locked
      ? vscode.l10n.t('[Locked] Preview {0}', file)
      : vscode.l10n.t('Preview {0}', file);
  }

  private onMessage(raw: unknown): void {
    if (!isPanelMessage(raw)) {
      this.log.warn('panel: dropped malformed message');
      return;
    }
    if (raw.uri !== this.source.toString() && raw.type !== 'ready') {
      this.log.debug('panel: dropped message for another document', raw.type);
      return;
    }
    void this.handle(raw).catch((err) => this.log.error(err instanceof Error ? err : String(err)));
  }

  private async handle(m: PanelMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.lastSentVersion = -1;
        await this.sendUpdate(this.lastFocus);
        for (const p of this.pending.splice(0)) void this.panel.webview.postMessage(p);
        return;
      case 'selection':
        this.lastFocus = m.docIndex;
        return;
      case 'reveal':
        return this.revealSource(m);
      case 'copy':
        await vscode.env.clipboard.writeText(m.text);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', m.text), 2500);
        return;
      case 'exportTranscript': {
        const doc = await vscode.workspace.openTextDocument({
          language: 'statefulset-transcript',
          content: m.text,
        });
        await vscode.window.showTextDocument(doc, { preview: false });
        return;
      }
      case 'exportSvg':
        return this.saveSvg(m.svg, m.setName);
      case 'requestRollout':
        await vscode.commands.executeCommand(
          'statefulsetStudio.simulateRollout',
          this.source,
          m.docIndex,
        );
        return;
    }
  }

  private async revealSource(m: Extract<PanelMessage, { type: 'reveal' }>): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(this.source);
    if (doc.version !== m.version) {
      this.log.debug('panel: dropped reveal for an older document version');
      return;
    }
    // The shared incremental parse: a click on a huge file does not parse it again.
    const range = revealRange(manifestFor(doc), m);
    if (!range) return;
    const selection = toRange(doc, range);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection,
      // The panel keeps focus, so keyboard users stay where they were.
      preserveFocus: true,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async saveSvg(svg: string, setName: string): Promise<void> {
    const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? this.source;
    const safe = setName.replace(/[^A-Za-z0-9.-]/g, '_') || 'statefulset';
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(base, `${safe}-timeline.svg`),
      filters: { SVG: ['svg'] },
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    this.log.info('panel: timeline saved', target.toString());
  }
}
