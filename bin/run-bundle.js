// Runs one CommonJS bundle of the CLI (dist/cli/*.cjs) with the code V8 compiled for it at build time, so a cold start
// reads compiled code instead of parsing and compiling the bundle again. Any cache that does not fit (another build,
// another Node or V8 flags, a missing or damaged file) is ignored and the bundle compiles as usual.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** The last line of every bundle names its build; a cache starts with the same line, so it never outlives its bundle. */
const BUILD_MARK = '\n//# meeting-guard-build ';

const cacheFileOf = (bundle) => `${bundle}.cache`;

/**
 * The file name of a bundle built for one platform (Node's process.platform), whose adapters it holds alone
 * (scripts/build.mjs): bin/meeting-guard.js looks for the one of the platform it runs on.
 */
const cliBundleName = (base, platform = process.platform) => `${base}.${platform}.cjs`;

function buildOf(source) {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? undefined : source.slice(at + BUILD_MARK.length).trim();
}

/**
 * The bundle's text. The build writes every bundle in ASCII (scripts/build.mjs), which decoded as Latin-1 is the same
 * text as decoded as UTF-8, without UTF-8's validating pass and its scratch copy of the ~1 MB source (about 450 page
 * faults and a millisecond at every start). A bundle with any other byte is decoded as UTF-8, as before.
 */
function readSource(file) {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

function readCache(file, build) {
  if (!build) return undefined;
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const head = Buffer.from(`${build}\n`);
  return bytes.length > head.length && bytes.subarray(0, head.length).equals(head) ? bytes.subarray(head.length) : undefined;
}

/**
 * Says what became of the cache: 'taken', 'rejected' by V8, or 'none' (missing, or of another build). `keepCache` (the build's training run only) writes the cache when the process ends, so it holds every function the
 * run compiled, not only the top level.
 */
function runBundle(file, { keepCache = false } = {}) {
  const source = readSource(file);
  const build = buildOf(source);
  // The same wrapper Node gives a CommonJS module, on the first line so that stack traces keep their line numbers.
  const cachedData = readCache(cacheFileOf(file), build);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (keepCache && build) process.once('exit', () => writeFileSync(cacheFileOf(file), Buffer.concat([Buffer.from(`${build}\n`), script.createCachedData()])));
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'taken' };
}

module.exports = { BUILD_MARK, cacheFileOf, cliBundleName, runBundle };
