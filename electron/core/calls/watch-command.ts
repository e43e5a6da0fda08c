import { z } from 'zod';
import { parseCommandArgs } from '../cli/args.js';
import type { CliCommand } from '../cli/command.js';
import { ExitCode } from '../cli/exit-codes.js';
import { effectiveCatalogue } from './catalogue.js';
import { compileMatcher } from './match.js';
import { systemClock } from './clock.js';
import { createCallWatcher, defaultWatcherSettings } from './call-watcher.js';
import { jsonLine, textLine, type WatchLine } from './watch-output.js';
import { cliLanguage, langOption } from '../cli/cli-language.js';
import type { CallEvent } from './call-events.js';

const usage = `Usage:
  meeting-guard watch [--json] [--interval-ms N] [--exit-after-ms N] [--control-stdin] [--lang TAG]

Watches for calls and recording programs and prints what it sees until stopped (Ctrl+C, SIGTERM), or for
--exit-after-ms. It polls every 500 ms during a call or while a meeting app runs, every 2 s otherwise;
--interval-ms N polls every N ms throughout. --json prints one JSON object per line (kinds: watching, event, effect, problem).
--control-stdin reads "start", "end" and "dismiss" lines: the tray's "I'm starting a call" / "The call has ended".
--lang en-GB|cy words recorder warnings and programs' names in the text output (default: the terminal's locale,
LC_ALL / LC_MESSAGES / LANG); --json lines never change.`;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();
const argsSchema = z.object({
  json: z.boolean().optional(),
  'interval-ms': int(50, 60_000),
  'exit-after-ms': int(1, 7 * 24 * 3_600_000),
  'control-stdin': z.boolean().optional(),
  lang: langOption,
  positionals: z.array(z.string()).max(0, 'no arguments expected'),
});

const STDIN_EVENTS: Record<string, CallEvent['type']> = { start: 'user-start', end: 'user-end', dismiss: 'reminder-dismissed' };

const options = { json: { type: 'boolean' }, 'interval-ms': { type: 'string' }, 'exit-after-ms': { type: 'string' }, 'control-stdin': { type: 'boolean' }, lang: { type: 'string' } } as const;
/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = (argv: readonly string[]) => parseCommandArgs('watch', argv, options, argsSchema);

export const watchCommand: CliCommand = {
  name: 'watch',
  summary: 'Watch for calls and recording programs and print events (--json: one JSON line each)',
  usage,
  exitCodes: { [ExitCode.ok]: 'stopped' },
  parseArgs,
  async run(argv, { io, platform, callProbes }) {
    const args = parseArgs(argv);
    const { os, processes, media, host } = await (callProbes ?? platform)();
    const catalogue = effectiveCatalogue({});
    const fixed = args['interval-ms'];
    const settings = fixed === undefined ? defaultWatcherSettings : { ...defaultWatcherSettings, intervalMs: fixed, idleIntervalMs: fixed };
    const language = cliLanguage(args.lang, io.env);
    const print = (line: WatchLine) => {
      const text = args.json ? jsonLine(line) : textLine(line, language);
      if (text) io.stdout(text);
    };
    const time = () => new Date(systemClock.now()).toISOString();
    const watcher = createCallWatcher(
      {
        processes,
        media,
        matcher: compileMatcher(catalogue, os),
        catalogue,
        home: host.home,
        clock: systemClock,
        onEvent: (event) => print({ kind: 'event', time: time(), ...event }),
        onEffect: (effect) => print({ kind: 'effect', time: time(), ...effect }),
        onProblem: (message) => print({ kind: 'problem', time: time(), message }),
      },
      settings,
    );
    print({ kind: 'watching', time: time(), os, catalogue: catalogue.version, intervalMs: settings.intervalMs });

    // readline (and the stream modules under it) only for the tray's control lines: about 1 ms of every start else.
    // Loaded synchronously: the CLI's bundles run as a vm script, where a dynamic import() has no loader.
    const lines = args['control-stdin'] ? process.getBuiltinModule('node:readline').createInterface({ input: process.stdin }) : undefined;
    await new Promise<void>((resolve) => {
      const stopSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
      let exitTimer: NodeJS.Timeout | undefined;
      const finish = () => {
        for (const s of stopSignals) process.off(s, finish);
        clearTimeout(exitTimer);
        lines?.close();
        void watcher.stop().then(resolve);
      };
      for (const s of stopSignals) process.once(s, finish);
      if (args['exit-after-ms'] !== undefined) exitTimer = setTimeout(finish, args['exit-after-ms']);
      lines?.on('line', (line) => {
        const type = STDIN_EVENTS[line.trim().toLowerCase()];
        if (type) watcher.dispatch({ type, at: systemClock.now() } as CallEvent);
        else if (line.trim() !== '') print({ kind: 'problem', time: time(), message: `stdin: "${line.trim().slice(0, 40)}" is not start, end or dismiss` });
      });
      watcher.start();
    });
    return ExitCode.ok;
  },
};
