// Preloaded into every process the start-up bench times (node --require), on both sides of each pair: at exit it writes
// the process's own CPU time (getrusage: user + system, microseconds, threads included) to file descriptor 3, which
// the bench opened as a pipe. One figure per run, where the kernel's summed children time comes in 10 ms ticks.
'use strict';
const { writeSync } = require('node:fs');
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  try {
    writeSync(3, `${userCPUTime + systemCPUTime}\n`);
  } catch {
    // Started without the pipe (by hand): nothing to report to.
  }
});
