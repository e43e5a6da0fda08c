import { runCli } from './run-cli.js';
import { processIo } from './io.js';

/** Entry point of the standalone CLI bundle (bin/meeting-guard.js). */
const platform = async () => (await import('../platform/select-platform.js')).currentPlatform();
// Built beside this file (scripts/build.mjs); from the sources it is absent and scans stay on one thread.
const scanWorker = new URL('./scan-worker.mjs', import.meta.url);
const code = await runCli(process.argv.slice(2), { io: processIo(), platform, scanWorker });
process.exitCode = code;
