import * as assert from 'node:assert/strict';
import { LintOptions, lintText } from '../../../src/rules/lint';
import { Finding } from '../../../src/rules/types';

/**
 * A valid StatefulSet `web` (2 replicas, app=web) whose spec lines can be replaced: `extra`
 * lines are appended to spec (2-space indented keys), `pod` lines to the pod spec.
 */
export function statefulSet(
  opts: { spec?: string; pod?: string; container?: string; head?: string } = {},
): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web${opts.head ?? ''}
spec:
  serviceName: web
  replicas: 2
  selector:
    matchLabels:
      app: web
${opts.spec ?? ''}  template:
    metadata:
      labels:
        app: web
    spec:
${opts.pod ?? ''}      containers:
        - name: app
          image: nginx:1.27
${opts.container ?? ''}`;
}

/** Lints `text` and returns the findings of one rule. */
export function findingsOf(ruleId: string, text: string, options: LintOptions = {}): Finding[] {
  return lintText(text, 'test.yaml', options).filter((f) => f.ruleId === ruleId);
}

/** Applies the preferred fix of the `index`th finding of `ruleId` and returns the whole text. */
export function applyFix(
  ruleId: string,
  text: string,
  options: LintOptions = {},
  index = 0,
): string {
  const finding = findingsOf(ruleId, text, options)[index];
  assert.ok(finding, `${ruleId} reported nothing`);
  const fix = finding.fixes?.find((f) => f.preferred);
  assert.ok(fix, `${ruleId} offered no preferred fix`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** Asserts that the preferred fix turns `before` into exactly `after`. */
export function expectFix(
  ruleId: string,
  before: string,
  after: string,
  options: LintOptions = {},
): void {
  assert.equal(applyFix(ruleId, before, options), after);
}

/** Asserts that no finding of `ruleId` offers a fix. */
export function expectNoFix(ruleId: string, text: string, options: LintOptions = {}): void {
  const f = findingsOf(ruleId, text, options);
  assert.ok(f.length > 0, `${ruleId} reported nothing`);
  assert.ok(f.every((x) => !x.fixes || x.fixes.length === 0));
}

/** A headless Service `web` selecting app=web; `spec` lines are appended to its spec. */
export function headlessService(spec = '', name = 'web'): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - name: http
      port: 80
${spec}`;
}
