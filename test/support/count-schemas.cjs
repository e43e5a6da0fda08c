// Runs a CLI bundle (dist/cli/*.cjs) as bin/run-bundle.js does, with zod counting every schema it builds, each put
// down to the module whose initialisation built it (esbuild names a module's init function after its path) or to
// "run" when it was built later, on first use. Prints the counts as JSON on file descriptor 3.
'use strict';
const { readFileSync, writeSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { runInThisContext } = require('node:vm');

// zod's $constructor: the first trait initialised on a new instance makes its internals; every schema passes here once.
const HOOK = '    if (!inst._zod) {\n';
const [bundle, ...args] = process.argv.slice(2);
const source = readFileSync(bundle, 'utf8');
if (!source.includes(HOOK)) throw new Error(`${bundle}: zod's schema constructor was not found; the count cannot be taken`);

const counts = {};
globalThis.__mgSchemaBuilt = () => {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const init = /^\s+at (?:Object\.)?((?:electron|node_modules)\/\S+) \(/m.exec(stack);
  const where = init ? init[1] : 'run';
  counts[where] = (counts[where] ?? 0) + 1;
};
process.on('exit', () => writeSync(3, JSON.stringify(counts)));
process.argv = [process.argv[0], bundle, ...args];
const patched = source.replace(HOOK, `${HOOK}      globalThis.__mgSchemaBuilt();\n`);
const module_ = { exports: {} };
runInThisContext(`(function (exports, require, module, __filename, __dirname) {${patched}\n})`, { filename: bundle }).call(module_.exports, module_.exports, createRequire(bundle), module_, bundle, dirname(bundle));
