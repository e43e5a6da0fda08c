import { guardCleanCheckout } from './support/git-clean-guard.js';

// Tests spawn the real CLI, so its bundle is built once before any test runs. The checkout is compared before and
// after: a run that leaves files in it fails.
export default async function setup(): Promise<() => void> {
  const teardown = guardCleanCheckout(process.cwd());
  const { buildCli } = await import('../scripts/build.mjs');
  await buildCli();
  return () => {
    try {
      teardown();
    } catch (error) {
      // vitest only logs an error thrown while closing; the exit code is what CI and npm test see.
      process.exitCode = 1;
      throw error;
    }
  };
}
