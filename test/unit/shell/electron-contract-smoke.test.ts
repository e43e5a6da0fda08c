/**
 * The shell smoke test: NOT a run of Electron (no binary exists here). The built main bundle runs under plain Node
 * with test/shell-smoke/electron-standin.ts in place of the `electron` module: a stand-in typed against
 * electron.d.ts that implements only the API the shell uses and enforces Electron's documented rules (nothing that
 * needs `ready` before it, privileged schemes before it, every path handed to Electron exists, one handler per IPC
 * channel, a sandboxed preload's limits). The drive (test/shell-smoke/drive-app.ts) uses every tray menu item, each
 * window through its own preload, a recorder warning, a notification and its snooze, the cleanup flow and quit.
 * The same drive runs on the packaged layout in test/unit/packaging/electron-builder-pipeline.test.ts. Needs
 * `npm run build` first (npm test does it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectCleanRun } from '../../shell-smoke/expect-clean-run.js';
import { runShellSmoke } from '../../shell-smoke/run-smoke.js';
import { tempDir } from '../../support/temp.js';
import { PROJECT } from '../packaging/maintainer-scripts.js';

describe('shell smoke: the built main bundle against the electron stand-in', () => {
  it.skipIf(!existsSync(join(PROJECT, 'dist/main.cjs')))('starts, drives every tray item, window and notification, cleans up and quits within Electron\'s rules', { timeout: 120_000 }, async () => {
    const work = await tempDir('mg-smoke-');
    const report = await runShellSmoke(PROJECT, work, { packaged: false });
    if (process.env.MG_SMOKE_DEBUG) console.log(JSON.stringify(report, null, 1));
    expectCleanRun(report);
  });
});
