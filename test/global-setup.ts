// Tests spawn the real CLI, so its bundle is built once before any test runs.
export default async function setup(): Promise<void> {
    const { buildCli } = await import('../scripts/build.mjs');
  await buildCli();
}
