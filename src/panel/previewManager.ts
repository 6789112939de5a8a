import * as vscode from 'vscode';
import { MAX_SIMULATED_REPLICAS } from '../engine/simulation';
import { asPersistedState, isReplicaCount } from '../protocol/validate';
import type { Logger } from '../util/logger';
import { getBaseline } from './baselineSource';
import { StatefulSetIndex } from './documentIndex';
import { PREVIEW_VIEW_TYPE, PreviewPanel, previewPanelOptions } from './previewPanel';

/** Context key for the editor-title button. */
const HAS_STATEFULSET_KEY = 'statefulsetStudio.hasStatefulSet';
const CONTEXT_KEY_DELAY_MS = 300;

/**
 * Owns every preview: at most one unlocked preview that follows the active editor (like the
 * Markdown preview) and one locked preview per source. Registers the panel commands and the
 * serializer that brings previews back after a window reload.
 */
export class PreviewManager implements vscode.Disposable {
  private dynamic: PreviewPanel | undefined;
  private readonly locked = new Map<string, PreviewPanel>();
  private readonly index = new StatefulSetIndex();
  private readonly disposables: vscode.Disposable[] = [];
  private contextTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Logger,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state),
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => this.onActiveEditor(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document)
          this.scheduleContextKey(e.document);
      }),
      { dispose: () => clearTimeout(this.contextTimer) },
      vscode.workspace.onDidCloseTextDocument((d) => this.index.forget(d)),
    );
    this.onActiveEditor(vscode.window.activeTextEditor);
  }

  /**
   * Opens (or reveals) the following preview beside the editor, showing `uri`: the set of
   * `docIndex`, or else the set under the cursor of an editor on `uri`.
   */
  openPreview(uri: vscode.Uri, docIndex: number | undefined, locked: boolean): PreviewPanel {
    docIndex ??= this.cursorDocIndex(uri);
    const existing = locked ? this.locked.get(uri.toString()) : this.dynamic;
    if (existing) {
      existing.retarget(uri, docIndex);
      existing.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      previewPanelOptions(this.extensionUri),
    );
    const preview = this.track(new PreviewPanel(panel, uri, locked, this.extensionUri, this.log));
    if (docIndex !== undefined) preview.focus(docIndex);
    this.log.info('panel: opened', uri.toString(), locked ? 'locked' : 'following');
    return preview;
  }

  /** The preview showing `uri`, opening one when there is none. */
  previewFor(uri: vscode.Uri, docIndex: number | undefined): PreviewPanel {
    const locked = this.locked.get(uri.toString());
    if (locked) {
      locked.reveal();
      if (docIndex !== undefined) locked.focus(docIndex);
      return locked;
    }
    return this.openPreview(uri, docIndex, false);
  }

  /** "Simulate rollout": fetch a baseline of the file and let the panel play the change. */
  async simulateRollout(uri: vscode.Uri, docIndex: number | undefined): Promise<void> {
    const baseline = await getBaseline(uri, this.log);
    if (!baseline) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const index = docIndex ?? this.docIndexFor(doc);
    const preview = this.previewFor(uri, index);
    preview.post({
      type: 'simulateRollout',
      uri: uri.toString(),
      version: doc.version,
      baselineText: baseline.text,
      baselineLabel: baseline.label,
      docIndex: index,
    });
  }

  /** "Simulate scale": ask for a replica count and let the panel play it. */
  async simulateScale(uri: vscode.Uri, docIndex: number | undefined): Promise<void> {
    const answer = await vscode.window.showInputBox({
      title: vscode.l10n.t('Simulate scale'),
      prompt: vscode.l10n.t('New value of spec.replicas'),
      validateInput: (v) =>
        isReplicaCount(v)
          ? undefined
          : vscode.l10n.t('Enter a whole number from 0 to {0}', MAX_SIMULATED_REPLICAS),
    });
    if (answer === undefined) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const index = docIndex ?? this.docIndexFor(doc);
    const preview = this.previewFor(uri, index);
    preview.post({
      type: 'simulateScale',
      uri: uri.toString(),
      version: doc.version,
      replicas: Number(answer.trim()),
      docIndex: index,
    });
  }

  dispose(): void {
    this.dynamic?.dispose();
    for (const p of [...this.locked.values()]) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private docIndexFor(doc: vscode.TextDocument): number | undefined {
    return this.cursorDocIndex(doc.uri) ?? this.index.firstDocIndex(doc);
  }

  /** The set under the cursor of the active editor on `uri`, else of a visible one, if any. */
  private cursorDocIndex(uri: vscode.Uri): number | undefined {
    const key = uri.toString();
    const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(
      (e) => e?.document.uri.toString() === key,
    );
    if (!editor) return undefined;
    const doc = editor.document;
    return this.index.docIndexAt(doc, doc.offsetAt(editor.selection.active));
  }

  private track(preview: PreviewPanel): PreviewPanel {
    if (preview.locked) this.locked.set(preview.sourceUri.toString(), preview);
    else this.dynamic = preview;
    preview.onDidDispose(() => {
      if (this.dynamic === preview) this.dynamic = undefined;
      if (this.locked.get(preview.sourceUri.toString()) === preview) {
        this.locked.delete(preview.sourceUri.toString());
      }
    });
    return preview;
  }

  private async restore(panel: vscode.WebviewPanel, raw: unknown): Promise<void> {
    const state = asPersistedState(raw);
    if (!state) {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.uri);
    const existing = state.locked ? this.locked.get(uri.toString()) : this.dynamic;
    if (existing) {
      panel.dispose();
      return;
    }
    this.track(new PreviewPanel(panel, uri, state.locked, this.extensionUri, this.log));
    this.log.info('panel: restored', state.uri);
  }

  private onActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor) return;
    const doc = editor.document;
    this.updateContextKey(doc);
    if (this.dynamic && doc.languageId === 'yaml' && this.index.hasStatefulSet(doc)) {
      this.dynamic.retarget(
        doc.uri,
        this.index.docIndexAt(doc, doc.offsetAt(editor.selection.active)),
      );
    }
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    const uri = e.textEditor.document.uri.toString();
    const previews = [this.dynamic, this.locked.get(uri)].filter(
      (p): p is PreviewPanel => p !== undefined && p.sourceUri.toString() === uri,
    );
    if (previews.length === 0) return;
    const doc = e.textEditor.document;
    const docIndex = this.index.docIndexAt(doc, doc.offsetAt(e.selections[0].active));
    if (docIndex === undefined) return;
    for (const p of previews) p.focus(docIndex);
  }

  /** Typing re-parses at most every few hundred milliseconds, not on each keystroke. */
  private scheduleContextKey(doc: vscode.TextDocument): void {
    clearTimeout(this.contextTimer);
    this.contextTimer = setTimeout(() => this.updateContextKey(doc), CONTEXT_KEY_DELAY_MS);
  }

  /**
   * Sets the context key once the document is parsed (in slices); not for a version edited since,
   * nor once another editor is active.
   */
  private updateContextKey(doc: vscode.TextDocument): void {
    void this.index.hasStatefulSetInSlices(doc).then((has) => {
      const active = vscode.window.activeTextEditor?.document;
      if (has === undefined || (active && active !== doc)) return;
      return vscode.commands.executeCommand('setContext', HAS_STATEFULSET_KEY, has);
    });
  }
}
