import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeIo } from '../../../src/cli/cliIo';
import { runCli } from '../../../src/cli/runCli';

// A small single-line TextMate tokenizer, enough for this grammar (match rules with captures,
// includes and capture patterns; no begin/end), to check what scopes the sample lines get.
interface GrammarRule {
  match?: string;
  name?: string;
  include?: string;
  patterns?: GrammarRule[];
  captures?: Record<string, GrammarRule>;
}
interface Grammar extends GrammarRule {
  scopeName: string;
  repository: Record<string, GrammarRule>;
}

const ROOT = join(__dirname, '..', '..', '..', '..');
const grammar = JSON.parse(
  readFileSync(join(ROOT, 'syntaxes', 'transcript.tmLanguage.json'), 'utf8'),
) as Grammar;

/** Match rules reachable from `rules`, includes expanded, in order. */
function flatten(rules: readonly GrammarRule[]): GrammarRule[] {
  return rules.flatMap((r) => {
    if (r.include) return flatten([grammar.repository[r.include.replace(/^#/, '')]]);
    if (r.match) return [r];
    return flatten(r.patterns ?? []);
  });
}

/** The scope names that cover each character of `text`. */
function scopeChars(text: string, rules: readonly GrammarRule[], base: string[]): string[][] {
  const out = Array.from(text, () => [...base]);
  const flat = flatten(rules);
  let pos = 0;
  while (pos < text.length) {
    let best: { rule: GrammarRule; m: RegExpExecArray } | undefined;
    for (const rule of flat) {
      const re = new RegExp(rule.match as string, 'gd');
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length > 0 && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best) break;
    const { rule, m } = best;
    const outer = rule.name ? [...base, rule.name] : base;
    for (let i = m.index; i < m.index + m[0].length; i++) out[i] = [...outer];
    for (const [group, capture] of Object.entries(rule.captures ?? {})) {
      const span = m.indices?.[Number(group)];
      if (!span) continue;
      const inner = capture.name ? [...outer, capture.name] : outer;
      const sub = scopeChars(text.slice(span[0], span[1]), capture.patterns ?? [], inner);
      sub.forEach((s, k) => (out[span[0] + k] = s));
    }
    pos = m.index + m[0].length;
  }
  return out;
}

/** The innermost scope at the first character of `part` in `line` ('' when unscoped). */
function scopeOf(line: string, part: string): string {
  const at = line.indexOf(part);
  assert.ok(at >= 0, `${part} not in ${line}`);
  const scopes = scopeChars(line, grammar.patterns ?? [], [grammar.scopeName]);
  const first = scopes[at];
  // The whole part must share the first character's scope.
  for (let i = at; i < at + part.length; i++)
    assert.deepEqual(scopes[i], first, `"${part}" is split in ${line}`);
  return first.length > 1 ? first[first.length - 1] : '';
}

describe('transcript grammar', () => {
  it('compiles every pattern as a regular expression', () => {
    const all = [
      ...flatten(grammar.patterns ?? []),
      ...Object.values(grammar.repository).flatMap((r) => flatten([r])),
    ];
    for (const r of all) assert.doesNotThrow(() => new RegExp(r.match as string), r.match);
  });

  const table: [string, string, RegExp][] = [
    // simulate --format text
    ['--- step 4: {"run":"stable"}  (t=23s)', 'step', /^markup\.heading\.step/],
    ['--- step 4: {"run":"stable"}  (t=23s)', '{"run":"stable"}', /^string\.unquoted\.step-action/],
    [
      'NAME   READY   STATUS             REVISION        AGE',
      'STATUS',
      /^markup\.heading\.table-header/,
    ],
    ['web-2  0/1     CrashLoopBackOff   web-b9f6dc566   3s', 'web-2', /^entity\.name\.pod/],
    [
      'web-2  0/1     CrashLoopBackOff   web-b9f6dc566   3s',
      'CrashLoopBackOff',
      /^markup\.deleted\.phase/,
    ],
    [
      'web-2  0/1     CrashLoopBackOff   web-b9f6dc566   3s',
      'web-b9f6dc566',
      /^constant\.other\.revision/,
    ],
    [
      'web-0  1/1     Running            web-7756495467  18s',
      'Running',
      /^markup\.inserted\.phase/,
    ],
    ['web-0  0/1     Pending            web-7756495467  1s', 'Pending', /^markup\.changed\.phase/],
    [
      '18s    Normal   SuccessfulDelete      StatefulSet/web     delete Pod web-2 in StatefulSet web successful',
      'SuccessfulDelete',
      /^entity\.name\.function\.event-reason/,
    ],
    [
      '18s    Normal   SuccessfulDelete      StatefulSet/web     delete Pod web-2 in StatefulSet web successful',
      'web-2',
      /^entity\.name\.pod/,
    ],
    [
      '23s    Warning  BackOff               Pod/web-2           Back-off restarting failed container',
      'Warning',
      /^markup\.deleted\.event-type\.warning/,
    ],
    [
      '23s    Warning  BackOff               Pod/web-2           Back-off restarting failed container',
      'Pod/web-2',
      /^entity\.name\.type\.involved-object/,
    ],
    [
      'statefulset/web: replicas=3 ready=2 current=2 updated=1 available=2 currentRevision=web-7756495467 ' +
        'updateRevision=web-b9f6dc566; pvcs: www-web-0, www-web-1',
      'web-b9f6dc566',
      /^constant\.other\.revision/,
    ],
    [
      'statefulset/web: replicas=3 ready=2 current=2 updated=1; pvcs: www-web-0, www-web-1',
      'www-web-1',
      /^entity\.name\.pvc/,
    ],
    [
      'waiting: web-2 is at revision web-b9f6dc566 which never becomes ready; delete web-2',
      'waiting:',
      /^keyword\.other\.waiting/,
    ],
    [
      'waiting: web-2 is at revision web-b9f6dc566 which never becomes ready; delete web-2',
      'web-b9f6dc566',
      /^constant\.other\.revision/,
    ],
    [
      'waiting: web-2 is at revision web-b9f6dc566 which never becomes ready; delete web-2',
      'which never',
      /^markup\.italic\.waiting-sentence/,
    ],
    // the panel's export
    [
      '# StatefulSet default/web: simulated run, 40s of virtual time',
      'StatefulSet',
      /^comment\.line/,
    ],
    ['web-1    1/1    Running    12s    web-7756495467', '12s', /^constant\.numeric\.duration/],
    [
      '  12s  Normal  SuccessfulCreate  StatefulSet/web  create Pod web-1 in StatefulSet web successful',
      'SuccessfulCreate',
      /^entity\.name\.function\.event-reason/,
    ],
    ['  30s  Waiting  web-2 is not ready yet', 'Waiting', /^keyword\.other\.waiting/],
    ['  30s  Waiting  web-2 is not ready yet', 'web-2', /^entity\.name\.pod/],
  ];
  for (const [line, part, want] of table) {
    it(`scopes "${part}" in ${line.slice(0, 40)}...`, () => {
      assert.match(scopeOf(line, part), want);
    });
  }

  it('leaves prose that is not a transcript line unscoped', () => {
    assert.equal(scopeOf('some unrelated words here', 'unrelated'), '');
  });

  // Every example scenario's transcript: each printed line must be one the grammar knows.
  const scenarioDir = join(ROOT, 'examples', 'scenarios');
  const scenarios = existsSync(scenarioDir)
    ? readdirSync(scenarioDir).filter((f) =>
        /^steps:/m.test(readFileSync(join(scenarioDir, f), 'utf8')),
      )
    : [];
  it('has example scenarios to check against', () => assert.ok(scenarios.length > 0));
  for (const scenario of scenarios) {
    it(`recognises every line \`simulate ${scenario}\` prints`, async () => {
      const out: string[] = [];
      const io = {
        ...nodeIo(),
        cwd: ROOT,
        stdout: (t: string) => void out.push(t),
        stderr: (t: string) => void out.push(t),
      };
      const code = await runCli(['simulate', `examples/scenarios/${scenario}`], io);
      assert.equal(code, 0, out.join(''));
      const top = flatten(grammar.patterns ?? []).map((r) => new RegExp(r.match as string));
      const lines = out
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== '');
      assert.ok(lines.length > 3);
      for (const line of lines) {
        assert.ok(
          top.some((re) => re.test(line)),
          `no grammar rule for: ${line}`,
        );
      }
    });
  }
});
