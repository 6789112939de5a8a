// Quick fixes for our diagnostics.
//
// Stale edits: every action is built for the exact document version VS Code asks about. The
// findings are taken from the linter's last run only when it ran on that very version, otherwise
// the document is linted afresh, so edit offsets always match the text the lightbulb was shown
// for. VS Code asks again after every edit (and closes an open quick-fix menu when the text
// changes), and each action records `documentVersion`; a provider call that sees the version
// move while it works returns nothing rather than actions for a text that no longer exists. A
// diagnostic that matches no finding of the current version (it was computed for older text)
// gets no text edit at all, only the settings command.
import * as vscode from 'vscode';
import { allObjects, DISABLE_MARK } from '../manifest';
import {
  forbiddenUpdateExplanation,
  FORBIDDEN_UPDATE,
  NEW_REVISION,
} from '../language/updateSafety';
import { lintText } from '../rules/lint';
import { Finding } from '../rules/types';
import { Logger } from '../util/logger';
import { CHOOSE_BASELINE_COMMAND } from './baseline';
import { getLatestFindings, whenLinted } from './diagnostics';
import { lintOptionsFor } from './lintOptions';
import { manifestFor } from './manifestCache';
import { toRange } from './positions';
import { getLatestUpdateFindings } from './updateSafety';

export const DISABLE_RULE_COMMAND = 'statefulsetStudio.disableRule';
export const EXPLAIN_FORBIDDEN_UPDATE_COMMAND = 'statefulsetStudio.explainForbiddenUpdate';
/** Files up to this many lines are linted on the spot when their findings are not published. */
const SYNC_LINT_MAX_LINES = 3000;
/** How long a code action request on a larger file waits for the diagnostics run. */
const WAIT_FOR_LINT_MS = 3000;

/** A code action that remembers the document version its edits were computed for. */
export class StudioCodeAction extends vscode.CodeAction {
  constructor(
    title: string,
    readonly documentVersion: number,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

class StudioCodeActionProvider implements vscode.CodeActionProvider<StudioCodeAction> {
  constructor(private readonly log: Logger) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): StudioCodeAction[] | Promise<StudioCodeAction[]> {
    try {
      const ours = context.diagnostics.filter(
        (d) => d.source === 'statefulset-studio' && typeof d.code === 'string',
      );
      if (ours.length === 0) return [];
      const version = doc.version;
      if (getLatestFindings(doc.uri, version) || doc.lineCount <= SYNC_LINT_MAX_LINES) {
        return this.actionsWith(doc, version, ours, this.findingsFor(doc, version), token);
      }
      // Linting a large file here would stall every keystroke made on a finding: wait for the
      // diagnostics run of this version instead.
      return whenLinted(doc.uri, version, WAIT_FOR_LINT_MS).then((found) => {
        const updates = getLatestUpdateFindings(doc.uri, version) ?? [];
        return this.actionsWith(doc, version, ours, [...(found ?? []), ...updates], token);
      });
    } catch (err) {
      this.log.error(err instanceof Error ? err : String(err));
      return [];
    }
  }

  private actionsWith(
    doc: vscode.TextDocument,
    version: number,
    ours: readonly vscode.Diagnostic[],
    findings: readonly Finding[],
    token: vscode.CancellationToken,
  ): StudioCodeAction[] {
    try {
      const actions: StudioCodeAction[] = [];
      for (const diagnostic of ours) {
        const finding = findings.find(
          (f) => f.ruleId === diagnostic.code && toRange(doc, f.range).isEqual(diagnostic.range),
        );
        actions.push(...this.actionsFor(doc, version, diagnostic, finding));
      }
      return token.isCancellationRequested || doc.version !== version ? [] : actions;
    } catch (err) {
      this.log.error(err instanceof Error ? err : String(err));
      return [];
    }
  }

  private findingsFor(doc: vscode.TextDocument, version: number): Finding[] {
    const updates = getLatestUpdateFindings(doc.uri, version) ?? [];
    const lint =
      getLatestFindings(doc.uri, version) ??
      lintText(doc.getText(), doc.uri.toString(), lintOptionsFor(doc));
    return [...lint, ...updates];
  }

  private actionsFor(
    doc: vscode.TextDocument,
    version: number,
    diagnostic: vscode.Diagnostic,
    finding: Finding | undefined,
  ): StudioCodeAction[] {
    const ruleId = String(diagnostic.code);
    const out: StudioCodeAction[] = [];
    for (const fix of finding?.fixes ?? []) {
      const action = new StudioCodeAction(fix.title, version);
      action.edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) action.edit.replace(doc.uri, toRange(doc, e), e.newText);
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.preferred === true;
      out.push(action);
    }
    if (ruleId === FORBIDDEN_UPDATE) out.push(explainAction(doc, version, diagnostic));
    if (ruleId === FORBIDDEN_UPDATE || ruleId === NEW_REVISION) {
      const baseline = new StudioCodeAction(
        vscode.l10n.t('Compare with another baseline…'),
        version,
      );
      baseline.command = {
        command: CHOOSE_BASELINE_COMMAND,
        title: baseline.title,
        arguments: [doc.uri],
      };
      baseline.diagnostics = [diagnostic];
      out.push(baseline);
    }
    // Only a diagnostic that matches a finding of this very version gets a text edit.
    if (finding && ruleId !== 'yaml-syntax') {
      out.push(disableLineAction(doc, version, diagnostic, ruleId));
    }
    const inSettings = new StudioCodeAction(
      vscode.l10n.t('Disable {0} in settings', ruleId),
      version,
    );
    inSettings.command = {
      command: DISABLE_RULE_COMMAND,
      title: inSettings.title,
      arguments: [ruleId, doc.uri],
    };
    inSettings.diagnostics = [diagnostic];
    out.push(inSettings);
    return out;
  }
}

/** Inserts (or extends) a disable comment above the diagnostic's first line, same indentation. */
function disableLineAction(
  doc: vscode.TextDocument,
  version: number,
  diagnostic: vscode.Diagnostic,
  ruleId: string,
): StudioCodeAction {
  const action = new StudioCodeAction(vscode.l10n.t('Disable {0} for this line', ruleId), version);
  const line = doc.lineAt(diagnostic.range.start.line);
  const above = line.lineNumber > 0 ? doc.lineAt(line.lineNumber - 1) : undefined;
  const existing =
    above && new RegExp(`^\\s*#\\s*${DISABLE_MARK}\\b`).test(above.text) ? above : undefined;
  action.edit = new vscode.WorkspaceEdit();
  if (existing) {
    action.edit.insert(doc.uri, existing.range.end, ` ${ruleId}`);
  } else {
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    action.edit.insert(doc.uri, line.range.start, `${indent}# ${DISABLE_MARK} ${ruleId}\n`);
  }
  action.diagnostics = [diagnostic];
  return action;
}

function explainAction(
  doc: vscode.TextDocument,
  version: number,
  diagnostic: vscode.Diagnostic,
): StudioCodeAction {
  const field = /spec\.[A-Za-z]+/.exec(diagnostic.message)?.[0] ?? 'this field';
  const offset = doc.offsetAt(diagnostic.range.start);
  const owner = allObjects(manifestFor(doc)).find(
    (o) =>
      o.kind === 'StatefulSet' &&
      (o.node.range?.[0] ?? 0) <= offset &&
      offset <= (o.node.range?.[1] ?? 0),
  );
  const name = owner?.name ?? '<name>';
  const action = new StudioCodeAction(
    vscode.l10n.t('How to change {0} anyway (delete with --cascade=orphan)', field),
    version,
  );
  action.command = {
    command: EXPLAIN_FORBIDDEN_UPDATE_COMMAND,
    title: action.title,
    arguments: [field, name],
  };
  action.diagnostics = [diagnostic];
  return action;
}

/** Registers the quick-fix provider for YAML and the commands its actions run. */
export function registerCodeActions(log: Logger): vscode.Disposable {
  const provider = new StudioCodeActionProvider(log);
  const disableRule = async (ruleId: unknown, uri?: vscode.Uri) => {
    if (typeof ruleId !== 'string' || !/^[a-z0-9-]+$/.test(ruleId)) return;
    const config = vscode.workspace.getConfiguration('statefulsetStudio', uri);
    const rules = { ...(config.get<Record<string, string>>('rules') ?? {}), [ruleId]: 'off' };
    const target = vscode.workspace.workspaceFolders?.length
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
    await config.update('rules', rules, target);
    log.info(
      `rule ${ruleId} disabled in ${target === vscode.ConfigurationTarget.Workspace ? 'workspace' : 'user'} settings`,
    );
  };
  const explain = async (field: unknown, setName: unknown) => {
    const content = forbiddenUpdateExplanation(
      String(field ?? 'this field'),
      String(setName ?? '<name>'),
    );
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc, {
      viewColumn: vscode.ViewColumn.Beside,
      preview: true,
    });
  };
  const guard =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    (...args: A) =>
      fn(...args).catch((err) => log.error(err instanceof Error ? err : String(err)));
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: 'yaml' }, provider, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, guard(disableRule)),
    vscode.commands.registerCommand(EXPLAIN_FORBIDDEN_UPDATE_COMMAND, guard(explain)),
  );
}
