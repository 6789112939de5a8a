// Our rule findings as Monaco markers, and their preferred fixes as quick fixes.
import * as monaco from 'monaco-editor';
import type { Finding } from '../src/rules';
import type { StudioSettings } from '../src/manifest';
import { lintText } from '../src/rules/lint';

export const MARKER_OWNER = 'statefulset-studio';

const SEVERITY: Record<Finding['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** Findings of the last lint, for the quick-fix provider. */
let latest: { model: monaco.editor.ITextModel; versionId: number; findings: Finding[] } | undefined;

/** Lints the model's text and replaces our markers; returns the findings. */
export function updateMarkers(
  model: monaco.editor.ITextModel,
  settings: StudioSettings,
): Finding[] {
  const findings = lintText(model.getValue(), model.uri.toString(), { settings });
  const markers = findings.map((f) => {
    const start = model.getPositionAt(f.range.start);
    const end = model.getPositionAt(Math.max(f.range.end, f.range.start));
    return {
      severity: SEVERITY[f.severity],
      message: f.message,
      code: f.ruleId,
      source: 'StatefulSet Studio',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  latest = { model, versionId: model.getVersionId(), findings };
  return findings;
}

/** Offers each finding's fixes as code actions where the finding is. */
export function registerQuickFixes(): monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(model, range) {
      if (!latest || latest.model !== model || latest.versionId !== model.getVersionId())
        return { actions: [], dispose() {} };
      const actions: monaco.languages.CodeAction[] = [];
      for (const f of latest.findings) {
        const start = model.getPositionAt(f.range.start);
        const end = model.getPositionAt(f.range.end);
        if (!monaco.Range.areIntersectingOrTouching(range, monaco.Range.fromPositions(start, end)))
          continue;
        for (const fix of f.fixes ?? []) {
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: fix.preferred === true,
            edit: {
              edits: fix.edits.map((e) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: {
                  range: monaco.Range.fromPositions(
                    model.getPositionAt(e.start),
                    model.getPositionAt(e.end),
                  ),
                  text: e.newText,
                },
              })),
            },
          });
        }
      }
      return { actions, dispose() {} };
    },
  });
}
