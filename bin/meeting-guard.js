#!/usr/bin/env node
// The command IT runs. The packaged app answers the same commands through its own binary (see README).
import '../dist/cli/main.mjs';
