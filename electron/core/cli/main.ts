import { runCli } from './run-cli.js';
import { processIo } from './io.js';

/** Entry point of the standalone CLI bundle (bin/meeting-guard.js). */
const platform = async () => (await import('../platform/select-platform.js')).currentPlatform();
const code = await runCli(process.argv.slice(2), { io: processIo(), platform });
process.exitCode = code;
