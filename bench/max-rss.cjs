// Preloaded into a process the bench starts (node --require): writes the process's peak resident memory, threads
// included, to the file named by MG_BENCH_MAX_RSS when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.MG_BENCH_MAX_RSS) writeFileSync(process.env.MG_BENCH_MAX_RSS, String(process.resourceUsage().maxRSS * 1024));
});
