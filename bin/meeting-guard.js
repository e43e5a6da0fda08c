#!/usr/bin/env node
// The command IT runs. The packaged app answers the same commands through its own binary (see README).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.js';

// Each command has a bundle of its own code only (less to read and compile at every start); help, --version and
// anything unknown go to the whole CLI. The names are the build's (scripts/build.mjs), never a path from the caller.
const name = process.argv[2];
const own = name !== undefined && /^[a-z]+$/.test(name) ? fileURLToPath(new URL(`../dist/cli/command-${name}.cjs`, import.meta.url)) : undefined;
runBundle(own !== undefined && existsSync(own) ? own : fileURLToPath(new URL('../dist/cli/main.cjs', import.meta.url)));
