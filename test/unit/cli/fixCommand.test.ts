import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/runCli';
import { BROKEN_SET, fakeIo } from './fakeIo';

const WRONG_POLICY = BROKEN_SET.replace('app: db', 'app: web').replace(
  '      containers:',
  '      restartPolicy: OnFailure\n      containers:',
);

describe('cli fix', () => {
  it('writes the preferred fix back and exits 0 when no error is left', async () => {
    const io = fakeIo({ '/work/a.yaml': WRONG_POLICY });
    const code = await runCli(['fix', 'a.yaml'], io);
    assert.equal(code, 0, io.err.join(''));
    assert.match(io.files.get('/work/a.yaml') ?? '', /restartPolicy: Always/);
  });

  it('--dry-run prints a diff and writes nothing', async () => {
    const io = fakeIo({ '/work/a.yaml': WRONG_POLICY });
    await runCli(['fix', '--dry-run', 'a.yaml'], io);
    assert.equal(io.files.get('/work/a.yaml'), WRONG_POLICY);
    const out = io.out.join('');
    assert.match(out, /^--- a\/a\.yaml\n\+\+\+ b\/a\.yaml\n@@ /);
    assert.match(out, /^-      restartPolicy: OnFailure\n\+      restartPolicy: Always$/m);
  });

  it('exits 1 when an error without a fix remains', async () => {
    const io = fakeIo({ '/work/a.yaml': BROKEN_SET });
    assert.equal(await runCli(['fix', 'a.yaml'], io), 1);
    assert.match(io.err.join(''), /error/);
  });

  it('fixes standard input to standard output', async () => {
    const io = fakeIo({}, { stdin: WRONG_POLICY });
    await runCli(['fix', '-'], io);
    assert.match(io.out.join(''), /restartPolicy: Always/);
  });
});
