// Preloaded into a child (node --require) to report its peak resident memory on exit, for the memory-bound tests.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kib=${process.resourceUsage().maxRSS}\n`);
});
