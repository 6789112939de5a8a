import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../../src/rules';
import { lintText } from '../../src/rules/lint';
import { applyEdits, place } from './place';
import { session } from './session';

const FILE = 'mistakes.yaml';

describe('Problems panel and quick fixes in VS Code', () => {
  let original = '';
  let findings: Finding[] = [];

  before(() => {
    original = session().read(FILE);
    findings = lintText(original, FILE);
    assert.ok(findings.length >= 2, `${FILE} should hold several mistakes`);
  });

  it('lists every finding of the broken example with its rule id and place', async () => {
    const wb = session().workbench;
    await wb.openFile(FILE);
    const shown = await wb.problemsOf(FILE, findings.length);
    const got = shown.map((p) => `${p.source}/${p.code}@${p.line}:${p.column}`).sort();
    const want = findings.map((f) => {
      const at = place(original, f.range.start);
      return `statefulset-studio/${f.ruleId}@${at.line}:${at.column}`;
    }).sort();
    assert.deepEqual(got, want);
  });

  it('applies the preferred fix chosen from the light bulb', async () => {
    const s = session();
    const wb = s.workbench;
    const finding = findings.find((f) => f.fixes?.some((x) => x.preferred));
    assert.ok(finding, `${FILE} should hold a finding with a preferred fix`);
    const fix = finding.fixes!.find((x) => x.preferred)!;
    const at = place(original, finding.range.start);
    await wb.openFile(FILE);
    await wb.goTo(at.line, at.column);
    // The light bulb with the autofix icon is the one VS Code shows for a preferred fix.
    const bulb = s.page.locator('.lightBulbWidget.codicon-lightbulb-autofix');
    await bulb.waitFor();
    await bulb.click();
    const item = s.page.locator('.action-widget .monaco-list-row', { hasText: fix.title }).first();
    await item.waitFor();
    await s.screenshot('problems-quick-fix');
    await item.click();
    await s.page.locator('.tabs-container .tab.active.dirty').waitFor();
    await wb.save();
    try {
      assert.equal(s.read(FILE), applyEdits(original, fix.edits));
    } finally {
      fs.writeFileSync(path.join(s.workspace, FILE), original);
    }
  });
});
