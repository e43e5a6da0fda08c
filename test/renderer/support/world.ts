import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../../electron/core/contract/views.js';
import type { Handlers } from '../../../electron/core/contract/handlers.js';
import type { HostEnvironment } from '../../../electron/core/platform/platform.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { appPaths } from '../../../electron/core/platform/app-paths.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';
import { LINUX_POLICY_DIR } from '../../../electron/core/policy/policy-schema.js';
import type { PolicyService } from '../../../electron/core/policy/policy-service.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import type { Guard } from '../../../electron/core/app/guard.js';
import type { ScanPool } from '../../../electron/core/cleanup/scan-pool.js';
import { recordingGuard, type ShellLog } from '../../support/recording-guard.js';
import { fakeTool } from '../../support/temp.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const exampleNotices = {
  zoom: join(repo, 'build/notices/harbourline-zoom.md'),
  teams: join(repo, 'build/notices/glanafon-teams.md'),
  teamsWelsh: join(repo, 'build/notices/glanafon-teams.cy.md'),
};

export type { ShellLog } from '../../support/recording-guard.js';

export interface World {
  root: string;
  home: string;
  proc: string;
  preferencesFile: string;
  stateFile: string;
  statusFile: string;
  quarantine: string;
  handlers: Handlers;
  /** The app itself, for tests that change its state while a window is open (a call starts, a recorder runs). */
  guard: Guard;
  log: ShellLog;
  policy: PolicyService;
  writePolicy(values: Record<string, unknown>): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * A whole laptop in a temporary folder for the real core: an /etc policy file, a realmd stand-in on PATH that says
 * the machine is joined to a domain, a home folder where Zoom left logs with an address in them, an empty /proc.
 */
export async function createWorld(options: {
  policy: Record<string, unknown>;
  locale?: Locale;
  savePdf?: (windowId: string, name: string) => Promise<{ saved: boolean; path?: string }>;
  /** `not-managed`: realmd has only discovered the domain, never joined it (the laptop someone brought from home). */
  device?: 'managed' | 'not-managed';
  /** The cleanup scan's pool (a held one lets a test see the scan in progress). */
  scanPool?: ScanPool;
  /** More of what meeting clients left in the home folder, written before the app starts. */
  prepareHome?: (home: string) => Promise<void>;
}): Promise<World> {
  const base = await mkdtemp(join(tmpdir(), 'mg-world-'));
  const root = join(base, 'root');
  const home = join(base, 'home');
  const bin = join(base, 'bin');
  // Below root, where the Linux process source reads it: tests start "processes" by writing /proc entries.
  const proc = join(root, 'proc');
  await Promise.all([mkdir(join(root, LINUX_POLICY_DIR), { recursive: true }), mkdir(proc, { recursive: true }), mkdir(home, { recursive: true })]);
  const realm = options.device === 'not-managed' ? 'realm-discovered.txt' : 'realm-ad.txt';
  await fakeTool(bin, 'realm', { stdout: await readFile(join(repo, 'test/fixtures/device/linux', realm), 'utf8') });
  await mkdir(join(home, '.zoom/logs'), { recursive: true });
  await writeFile(join(home, '.zoom/logs/zoom_stdout_stderr.log'), 'login ok for ada.lovelace@example.org from 203.0.113.7\n');
  await mkdir(join(home, '.config'), { recursive: true });
  await writeFile(join(home, '.config/zoomus.conf'), '[General]\nuserEmailAddress=ada.lovelace@example.org\n');
  await options.prepareHome?.(home);

  const host: HostEnvironment = { run: runCommand, root, home, env: { PATH: bin, HOME: home } };
  const policyFile = join(root, LINUX_POLICY_DIR, 'meeting-guard.json');
  // The policy folder must be root's, as on a real machine.
  await writeFile(policyFile, JSON.stringify(options.policy, null, 2), { mode: 0o644 });
  // The real adapters for Linux, as the app picks them, wired by the app's own composition root.
  const { guard, log, preferencesFile } = await recordingGuard({
    platform: selectPlatform('linux', host),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.savePdf ? { savePdf: options.savePdf } : {}),
    ...(options.scanPool ? { scanPool: options.scanPool } : {}),
  });
  const writePolicy = async (values: Record<string, unknown>) => {
    await writeFile(policyFile, JSON.stringify(values, null, 2), { mode: 0o644 });
    await guard.policy.refresh();
  };
  const paths = appPaths('linux', home, host.env);
  return {
    root,
    home,
    proc,
    preferencesFile,
    stateFile: paths.stateFile,
    statusFile: paths.statusFile,
    quarantine: quarantineFolder('linux', home, host.env),
    handlers: guard.handlers,
    guard,
    log,
    policy: guard.policy,
    writePolicy,
    dispose: async () => {
      await guard.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}
