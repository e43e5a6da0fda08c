import { z } from 'zod';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliCommand, CliContext } from '../cli/command.js';
import { parseCommandArgs } from '../cli/args.js';
import { InputError, UsageError, printJson } from '../cli/io.js';
import { ExitCode } from '../cli/exit-codes.js';
import { cliLanguage, langOption } from '../cli/cli-language.js';
import { clientIds, findClient } from './catalogue/catalogue.js';
import { scanClients } from './scan.js';
import { scanPool } from './scan-pool.js';
import { stateRecorder } from '../state/state-recorder.js';
import { appPaths } from '../platform/app-paths.js';
import { planClear } from './clear-plan.js';
import { clearExitCode, executeClear } from './clear.js';
import { Quarantine } from './quarantine.js';
import { homeOwner } from './home-owner.js';
import { quarantineFolder, redirectedFolders } from './paths.js';
import { processListerFrom, waitUntilQuit, type ProcessLister } from './processes.js';
import { formatClearText, formatScanText } from './format-text.js';
import { shownPath } from './shown-path.js';
import { shownClearResult, shownScanReport } from './shown-results.js';
import { extraLocations } from './extra-paths.js';
import { clearRefusal, clientRefusal, readCleanupPolicy, type CleanupPolicy } from './cleanup-policy.js';
import type { Platform } from '../platform/platform.js';

export interface CleanupCommandDeps {
  /** Tests pass policy directly; by default it is read like the app reads it, for the home being cleaned. */
  policy?: (platform: Platform) => Promise<CleanupPolicy>;
  listProcesses?: (platform: Platform) => ProcessLister;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}


const usage = `Usage:
  meeting-guard cleanup --scan [--client NAME] [--json] [--home DIR] [--os windows|macos|linux] [--lang TAG]
  meeting-guard cleanup --clear [--client NAME] [--home DIR] [--dry-run] [--yes] [--wait SECONDS] [--include-recordings] [--json] [--lang TAG]
  meeting-guard cleanup --undo [BATCH] [--home DIR]
  meeting-guard cleanup --list-quarantine [--json] [--home DIR]
  meeting-guard cleanup --purge-expired [--home DIR]
Clients: ${clientIds.join(', ')}. --clear changes files only with --yes (or shows the plan with --dry-run).
--os reads a profile copied from another system (helpdesk), with that system's layout; the default is this system.
--lang en-GB|cy words the text output (default: the terminal's locale, LC_ALL / LC_MESSAGES / LANG); --json never changes.`;

const argsSchema = z
  .object({
    scan: z.boolean().optional(),
    clear: z.boolean().optional(),
    undo: z.boolean().optional(),
    'list-quarantine': z.boolean().optional(),
    'purge-expired': z.boolean().optional(),
    client: z.string().optional().refine((c) => c === undefined || findClient(c) !== undefined, { message: `unknown client; use one of ${clientIds.join(', ')}` }),
    json: z.boolean().optional(),
    home: z.string().min(1).optional(),
    os: z.enum(['windows', 'macos', 'linux'], { error: 'use windows, macos or linux' }).optional(),
    'dry-run': z.boolean().optional(),
    yes: z.boolean().optional(),
    wait: z.coerce.number().int().min(1).max(3600).optional(),
    'include-recordings': z.boolean().optional(),
    lang: langOption,
    positionals: z.array(z.string()).max(1),
  })
  .refine((a) => [a.scan, a.clear, a.undo, a['list-quarantine'], a['purge-expired']].filter(Boolean).length === 1, {
    message: 'choose exactly one of --scan, --clear, --undo, --list-quarantine, --purge-expired',
  })
  // Another system's layout is for reading a copied profile; clearing stays with this system's homes.
  .refine((a) => a.os === undefined || a.scan, { message: '--os goes with --scan only: clearing works on this computer\'s own homes' });

const options = {
  scan: { type: 'boolean' }, clear: { type: 'boolean' }, undo: { type: 'boolean' }, 'list-quarantine': { type: 'boolean' },
  'purge-expired': { type: 'boolean' }, client: { type: 'string' }, json: { type: 'boolean' }, home: { type: 'string' },
  'dry-run': { type: 'boolean' }, yes: { type: 'boolean' }, wait: { type: 'string' }, 'include-recordings': { type: 'boolean' },
  os: { type: 'string' }, lang: { type: 'string' },
} as const;

/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = (argv: readonly string[]) => parseCommandArgs('cleanup', argv, options, argsSchema);

export function makeCleanupCommand(deps: CleanupCommandDeps = {}): CliCommand {
  const now = deps.now ?? (() => new Date());
  return {
    name: 'cleanup',
    summary: 'show what meeting clients keep (names, e-mails, IP addresses) and clear it safely',
    usage,
    // A scan reads only and prints everything it could not read in its report, so it ends 0 once printed; a clear,
    // undo, list or purge ends 1 whenever anything was left undone, so a script never takes "partly" for "done".
    exitCodes: {
      [ExitCode.ok]: 'done: everything asked was cleared, restored, listed or purged; a scan once its report is printed',
      [ExitCode.finding]: 'something was refused or skipped (a client running, a target that changed, a mode or client policy does not allow, an ignored policy value, a batch that failed its checks, a damaged batch)',
      [ExitCode.cannotCheck]: 'cannot check whether a client is running',
    },
    parseArgs,
    async run(argv, context: CliContext) {
      const { io } = context;
      const args = parseArgs(argv);
      const platform = await context.platform();
      if (args.clear && !args.yes && !args['dry-run']) throw new UsageError('cleanup: --clear changes files: add --yes to confirm, or --dry-run to see the plan');
      const home = resolve(io.cwd, args.home ?? platform.host.home);
      if (!(await stat(home).then((s) => s.isDirectory(), () => false))) throw new InputError(`cleanup: home folder ${home} does not exist`);
      // Another home (--home) is another user's: their preferences, with this machine's policy.
      const env = args.home ? {} : io.env;
      const ownHome = home === platform.host.home;
      // The person's own AppData may be redirected to a share; another user's home is read with its defaults.
      const folders = ownHome ? redirectedFolders(platform.os, io.env) : {};
      const read = deps.policy ? { policy: await deps.policy(platform), problems: [] } : await readCleanupPolicy(platform, home, env);
      const { policy } = read;
      const wanted = args.client ? [findClient(args.client)!.id] : [...policy.clients];
      const extra = extraLocations(platform.os, home, policy.extraPaths);
      const policyProblems = [...read.problems, ...extra.problems];
      for (const problem of policyProblems) io.stderr(`meeting-guard: policy: ${problem} (ignored)\n`);
      const quarantine = new Quarantine({ root: quarantineFolder(platform.os, home, env), home, owner: await homeOwner(home), now, retentionDays: policy.retentionDays });

      if (args.scan) {
        const pool = scanPool(context.scanWorker && { script: context.scanWorker });
        // A profile copied from another system (--os) is read with that system's layout and its default folders.
        const os = args.os ?? platform.os;
        const scanned = await scanClients({
          os,
          home,
          folders: os === platform.os ? folders : {},
          clients: wanted,
          extraLocations: os === platform.os ? extra.locations : extraLocations(os, home, policy.extraPaths).locations,
          pool,
          // A command run waits for nothing else while it walks.
          blockingWalk: true,
        }).finally(() => pool?.close());
        // Built here, fully typed, from inputs checked where they came in (the scanning threads' answers are checked on
        // arrival, job-answer.ts), as the app's own scan is: the tests parse this output with `scanReportSchema`.
        // Parsing it again cost 30-40 ms of a 194 MB scan, on one core, after the threads were done.
        const report = scanned;
        if (args.json) printJson(io, shownScanReport(report));
        else io.stdout(formatScanText(shownScanReport(report, { display: true }), cliLanguage(args.lang, io.env)));
        return ExitCode.ok;
      }
      if (args.clear) {
        // A dry run only reads, so it is shown under every mode but off.
        const refusal = policy.mode === 'remind' && args['dry-run'] ? undefined : clearRefusal(policy, { preferencesFile: appPaths(platform.os, home, env).preferencesFile });
        if (refusal) {
          io.stderr(`meeting-guard: ${refusal}\n`);
          return ExitCode.finding;
        }
        const notAllowed = wanted.map((c) => clientRefusal(policy, c)).find(Boolean);
        if (notAllowed) throw new InputError(`cleanup: ${notAllowed}`, ExitCode.finding);
        const lister = deps.listProcesses?.(platform) ?? processListerFrom(platform.processes);
        const plan = await planClear({ os: platform.os, home, folders, clients: wanted, extraLocations: extra.locations, includeRecordings: args['include-recordings'] });
        if (args.wait && !args['dry-run']) {
          const names = wanted.flatMap((c) => findClient(c)!.processes[platform.os]);
          const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
          await waitUntilQuit(lister, names, { timeoutMs: args.wait * 1000, sleep, now: () => now().getTime() }).catch(cannotCheck);
        }
        const result = await executeClear({ os: platform.os, plan, dryRun: args['dry-run'] === true, listProcesses: lister, quarantine }).catch(cannotCheck);
        // Reported to IT as "last cleared", as the app does: only when something moved, and only in the user's own
        // state file (a file written into another user's home by an administrator would then not be theirs to update).
        if (!args['dry-run'] && ownHome && result.items.some((i) => i.status === 'cleared')) {
          await stateRecorder(appPaths(platform.os, home, io.env).stateFile, now).cleared();
        }
        if (args.json) printJson(io, shownClearResult(result, home));
        else io.stdout(formatClearText(shownClearResult(result, home, { display: true }), cliLanguage(args.lang, io.env)));
        return policyProblems.length > 0 ? ExitCode.finding : clearExitCode(result);
      }
      if (args.undo) {
        const result = await quarantine.undo(args.positionals[0]);
        if (!result.batchId && result.problems.length === 0) io.stdout('Nothing to undo.\n');
        const shown = (p: string) => shownPath(p, home, { display: true });
        for (const p of result.restored) io.stdout(`restored: ${shown(p)}\n`);
        for (const s of result.skipped) io.stdout(`skipped: ${shown(s.path)} (${s.reason})\n`);
        for (const p of result.problems) io.stdout(`problem: ${p}\n`);
        return result.skipped.length > 0 || result.problems.length > 0 || (args.positionals[0] && !result.batchId) ? ExitCode.finding : ExitCode.ok;
      }
      if (args['list-quarantine']) {
        const { batches, problems } = await quarantine.list();
        const masked = batches.map((b) => ({ ...b, items: b.items.map((i) => ({ ...i, originalPath: shownPath(i.originalPath, home) })) }));
        if (args.json) printJson(io, { schema: 'meeting-guard/quarantine-list@1', batches: masked, problems });
        else {
          for (const b of batches) io.stdout(`${b.id}  ${b.items.filter((i) => i.state === 'stored').length} item(s), deleted after ${b.expiresAt}\n`);
          for (const p of problems) io.stdout(`problem: ${p}\n`);
          if (batches.length === 0 && problems.length === 0) io.stdout('Quarantine is empty.\n');
        }
        return problems.length > 0 ? ExitCode.finding : ExitCode.ok;
      }
      const { purged, problems } = await quarantine.purgeExpired();
      io.stdout(purged.length ? purged.map((id) => `deleted: ${id}\n`).join('') : 'Nothing has expired.\n');
      for (const p of problems) io.stdout(`problem: ${p}\n`);
      return problems.length > 0 ? ExitCode.finding : ExitCode.ok;
    },
  };
}

function cannotCheck(error: unknown): never {
  throw new InputError(`cleanup: cannot check whether the client is running: ${(error as Error).message}`);
}

export const cleanupCommand: CliCommand = makeCleanupCommand();
