#!/usr/bin/env node
// The command IT runs. The packaged app answers the same commands through its own binary (see README).
// CommonJS (bin/package.json), so that a start needs no ES module loader before the command's own bundle.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { cliBundleName, runBundle } = require('./run-bundle.js');

// Each command has a bundle of its own code and this platform's adapters only (less to read and compile at every
// start), --version one with no command at all; help, anything unknown and a platform the build did not run on go to
// the whole CLI, which holds every OS's. The names are the build's (scripts/build.mjs), never a path from the caller.
const dist = join(__dirname, '..', 'dist', 'cli');
const name = process.argv[2];
const VERSION = new Set(['--version', '-v', 'version']);
const own = VERSION.has(name) ? cliBundleName('version') : name !== undefined && /^[a-z]+$/.test(name) ? cliBundleName(`command-${name}`) : undefined;
runBundle(own !== undefined && existsSync(join(dist, own)) ? join(dist, own) : join(dist, 'main.cjs'));
