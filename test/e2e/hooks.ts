import { session, startSession, stopSession } from './session';

/**
 * Mocha root hooks: one code-server and one browser page for the whole suite. Stopping checks
 * the server's logs for host-name lookups, which would mean something tried to leave the machine.
 */
export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    this.timeout(180_000);
    await startSession();
  },
  /** Leaves no menu, hover or palette open for the next test, whatever this one did. */
  async afterEach(this: Mocha.Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state === 'failed') {
      const name = test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await session().screenshot(`failed-${name}`, false);
    }
    await session().workbench.dismissOverlays();
  },
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(60_000);
    const attempts = await stopSession();
    if (attempts.length > 0) {
      throw new Error(`code-server tried to reach the network:\n${attempts.join('\n')}`);
    }
  },
};
