import { z } from 'zod';
import { runCli } from './run-cli.js';
import { processIo } from './io.js';

/**
 * Entry point of the standalone CLI bundles (bin/meeting-guard.js). CommonJS, so that V8 can keep their compiled code
 * beside them (scripts/build.mjs): no top-level await.
 */
// A command parses each schema once or twice: zod's compiled fast path (new Function per object schema, at its first
// parse) costs more than it saves there, and code made that way is never in the bundle's code cache. Set before any
// schema is made: command modules are initialised only when runCli loads them. The app keeps the fast path.
z.config({ jitless: true });
const platform = async () => (await import('../platform/load-platform.js')).loadCurrentPlatform();
const deviceProbe = async () => (await import('../platform/select-device-probe.js')).currentDeviceProbe();
const callProbes = async () => (await import('../platform/select-call-probes.js')).currentCallProbes();
// Built beside this file (scripts/build.mjs); from the sources it is absent and scans stay on one thread.
const scanWorker = new URL('./scan-worker.cjs', import.meta.url);
void runCli(process.argv.slice(2), { io: processIo(), platform, deviceProbe, callProbes, scanWorker }).then((code) => {
  process.exitCode = code;
});
