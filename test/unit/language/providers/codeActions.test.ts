import * as assert from 'node:assert/strict';
import { lintText } from '../../../../src/rules/lint';
import { silentLogger } from '../../../../src/util/logger';
import {
  applyEdit,
  createFakeVscode,
  Diagnostic,
  FakeDocument,
  FakeWorld,
  installFakeVscode,
  Range,
  Uri,
  WorkspaceEdit,
} from './fakeVscode';

const SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      restartPolicy: OnFailure
      containers:
        - name: app
          image: nginx:1.27
`;
const RULE = 'restart-policy-not-always';

interface Action {
  title: string;
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  command?: { command: string; arguments?: unknown[] };
  documentVersion: number;
}
type Provide = (doc: unknown, range: unknown, ctx: unknown, token: unknown) => Action[];

describe('code actions provider (fake vscode)', () => {
  let restore: () => void;
  let world: FakeWorld;
  let provide: Provide;
  let dispose: () => void;
  const token = { isCancellationRequested: false };

  before(() => {
    const fake = createFakeVscode();
    restore = installFakeVscode(fake.api);
    world = fake.world;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod =
      require('../../../../src/providers/codeActions') as typeof import('../../../../src/providers/codeActions');
    const registration = mod.registerCodeActions(silentLogger);
    const provider = world.providers.get('codeActions') as { provideCodeActions: Provide };
    provide = provider.provideCodeActions.bind(provider);
    dispose = () => registration.dispose();
  });
  after(() => {
    dispose();
    restore();
  });

  /** Our diagnostic for `ruleId` in `doc`, as the diagnostics provider would publish it. */
  function diagnosticFor(doc: FakeDocument, ruleId: string): Diagnostic {
    const f = lintText(doc.getText(), doc.uri.toString()).find((x) => x.ruleId === ruleId);
    assert.ok(f, `no ${ruleId} finding`);
    const range = new Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end));
    const d = new Diagnostic(range, f.message);
    d.code = ruleId;
    d.source = 'statefulset-studio';
    return d;
  }

  const actionsFor = (doc: FakeDocument, d: Diagnostic) =>
    provide(doc, d.range, { diagnostics: [d] }, token);

  it('offers the rule fix, preferred, with edits for the current version', () => {
    const doc = new FakeDocument(new Uri('file:///w/a.yaml'), SET, 7);
    const actions = actionsFor(doc, diagnosticFor(doc, RULE));
    const fix = actions.find((a) => a.edit && !a.title.startsWith('Disable'));
    assert.ok(fix);
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.documentVersion, 7);
    const fixed = applyEdit(doc, fix.edit!);
    assert.deepEqual(
      lintText(fixed, 'a.yaml').filter((f) => f.ruleId === RULE),
      [],
    );
  });

  it('disables a rule for one line with a comment at the line indentation', () => {
    const doc = new FakeDocument(new Uri('file:///w/a.yaml'), SET);
    const action = actionsFor(doc, diagnosticFor(doc, RULE)).find((a) => a.title.includes('line'));
    const fixed = applyEdit(doc, action!.edit!);
    assert.ok(
      fixed.includes(`      # statefulset-studio-disable-next-line ${RULE}\n      restartPolicy`),
    );
    assert.deepEqual(
      lintText(fixed, 'a.yaml').filter((f) => f.ruleId === RULE),
      [],
    );
  });

  it('extends a disable comment already above the line', () => {
    const text = SET.replace(
      '      restartPolicy',
      '      # statefulset-studio-disable-next-line no-readiness-probe\n      restartPolicy',
    );
    const doc = new FakeDocument(new Uri('file:///w/a.yaml'), text);
    const action = actionsFor(doc, diagnosticFor(doc, RULE)).find((a) => a.title.includes('line'));
    const fixed = applyEdit(doc, action!.edit!);
    assert.ok(fixed.includes(`disable-next-line no-readiness-probe ${RULE}\n      restartPolicy`));
    assert.equal(fixed.split('\n').length, text.split('\n').length);
  });

  it('disables a rule in the settings through its command', async () => {
    const doc = new FakeDocument(new Uri('file:///w/a.yaml'), SET);
    const action = actionsFor(doc, diagnosticFor(doc, RULE)).find((a) =>
      a.title.includes('settings'),
    );
    assert.ok(action?.command);
    await world.commands.get(action.command.command)!(...(action.command.arguments ?? []));
    assert.deepEqual(world.updates.pop(), {
      key: 'statefulsetStudio.rules',
      value: { [RULE]: 'off' },
    });
  });

  it('offers no text edit for a diagnostic that no longer matches the text', () => {
    const doc = new FakeDocument(new Uri('file:///w/a.yaml'), SET);
    const stale = diagnosticFor(doc, RULE);
    doc.setText(SET.replace('spec:\n  serviceName', 'spec:\n  replicas: 2\n  serviceName'));
    const titles = actionsFor(doc, stale).map((a) => a.title);
    assert.deepEqual(titles, [`Disable ${RULE} in settings`]);
  });

  it('explains forbidden updates and offers another baseline', () => {
    const doc = new FakeDocument(new Uri('file:///w/a.yaml'), SET);
    const d = diagnosticFor(doc, RULE);
    d.code = 'forbidden-update';
    const actions = provide(
      doc,
      d.range,
      {
        diagnostics: [Object.assign(d, { message: 'spec.serviceName differs from the baseline' })],
      },
      token,
    );
    const explain = actions.find(
      (a) => a.command?.command === 'statefulsetStudio.explainForbiddenUpdate',
    );
    assert.deepEqual(explain?.command?.arguments, ['spec.serviceName', 'web']);
    assert.ok(actions.some((a) => a.command?.command === 'statefulsetStudio.chooseBaseline'));
  });

  it('ignores other sources and cancelled requests', () => {
    const doc = new FakeDocument(new Uri('file:///w/a.yaml'), SET);
    const d = diagnosticFor(doc, RULE);
    assert.deepEqual(
      provide(doc, d.range, { diagnostics: [d] }, { isCancellationRequested: true }),
      [],
    );
    d.source = 'yaml';
    assert.deepEqual(actionsFor(doc, d), []);
  });
});
