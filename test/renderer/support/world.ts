import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoreServices } from '../../../electron/core/contract/core-services.js';
import { createHandlers, type Handlers } from '../../../electron/core/contract/handlers.js';
import { memoryLocaleStore } from '../../../electron/core/contract/services/app-service.js';
import { quarantineCleanupActions } from '../../../electron/core/contract/services/quarantine-actions.js';
import type { ShellPort } from '../../../electron/core/contract/services.js';
import type { Locale, PrecallResponse } from '../../../electron/core/contract/views.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';
import { processListerFrom } from '../../../electron/core/cleanup/processes.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import type { HostEnvironment } from '../../../electron/core/platform/platform.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { appPaths } from '../../../electron/core/platform/app-paths.js';
import { stateRecorder } from '../../../electron/core/state/state-recorder.js';
import { LINUX_POLICY_DIR } from '../../../electron/core/policy/policy-schema.js';
import { PolicyService } from '../../../electron/core/policy/policy-service.js';
import { jsonFilePreferences } from '../../../electron/core/policy/preferences.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import { fakeTool } from '../../support/temp.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const exampleNotices = {
  zoom: join(repo, 'build/notices/harbourline-zoom.md'),
  teams: join(repo, 'build/notices/glanafon-teams.md'),
  teamsWelsh: join(repo, 'build/notices/glanafon-teams.cy.md'),
};

/** Effects the shell would carry out, recorded so a test can check them. */
export interface ShellLog {
  opened: string[];
  pdfRequests: { windowId: string; name: string }[];
  responses: PrecallResponse[];
}

export interface World {
  root: string;
  home: string;
  proc: string;
  preferencesFile: string;
  stateFile: string;
  statusFile: string;
  quarantine: string;
  handlers: Handlers;
  log: ShellLog;
  policy: PolicyService;
  writePolicy(values: Record<string, unknown>): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * A whole laptop in a temporary folder for the real core: an /etc policy file, a realmd stand-in on PATH that says
 * the machine is joined to a domain, a home folder where Zoom left logs with an address in them, an empty /proc.
 */
export async function createWorld(options: { policy: Record<string, unknown>; locale?: Locale; savePdf?: ShellPort['savePdf'] }): Promise<World> {
  const base = await mkdtemp(join(tmpdir(), 'mg-world-'));
  const root = join(base, 'root');
  const home = join(base, 'home');
  const bin = join(base, 'bin');
  const proc = join(base, 'proc');
  await Promise.all([mkdir(join(root, LINUX_POLICY_DIR), { recursive: true }), mkdir(proc, { recursive: true }), mkdir(home, { recursive: true })]);
  await fakeTool(bin, 'realm', { stdout: await readFile(join(repo, 'test/fixtures/device/linux/realm-ad.txt'), 'utf8') });
  await mkdir(join(home, '.zoom/logs'), { recursive: true });
  await writeFile(join(home, '.zoom/logs/zoom_stdout_stderr.log'), 'login ok for ada.lovelace@example.org from 203.0.113.7\n');
  await mkdir(join(home, '.config'), { recursive: true });
  await writeFile(join(home, '.config/zoomus.conf'), '[General]\nuserEmailAddress=ada.lovelace@example.org\n');

  const host: HostEnvironment = { run: runCommand, root, home, env: { PATH: bin, HOME: home } };
  // The real adapters for Linux, as the app picks them; the policy folder must be root's, as on a real machine.
  const platform = selectPlatform('linux', host);
  const preferencesFile = join(home, '.config/Meeting Guard/preferences.json');
  const preferences = jsonFilePreferences(preferencesFile);
  const policy = new PolicyService({ source: platform.policy, preferences, watch: () => ({ close() {} }) });
  const writePolicy = async (values: Record<string, unknown>) => {
    await writeFile(join(root, LINUX_POLICY_DIR, 'meeting-guard.json'), JSON.stringify(values, null, 2), { mode: 0o644 });
    await policy.refresh();
  };
  await writePolicy(options.policy);

  const log: ShellLog = { opened: [], pdfRequests: [], responses: [] };
  const listProcesses = processListerFrom(linuxProcessSource({ procRoot: proc }));
  const quarantine = quarantineFolder('linux', home, host.env);
  const shell: ShellPort = {
    openExternal: async (url) => void log.opened.push(url),
    savePdf: async (windowId, name) => {
      log.pdfRequests.push({ windowId, name });
      return options.savePdf ? options.savePdf(windowId, name) : { saved: false };
    },
  };
  const paths = appPaths('linux', home, host.env);
  const state = stateRecorder(paths.stateFile, () => new Date('2026-01-15T10:00:00Z'));
  const services = createCoreServices({
    platform,
    policy,
    preferences,
    localeStore: memoryLocaleStore(options.locale),
    systemLocale: 'en_GB.UTF-8',
    shell,
    processes: listProcesses,
    state,
    cleanupActions: quarantineCleanupActions({ os: 'linux', home, listProcesses, state, quarantine: new Quarantine({ root: quarantine, home, now: () => new Date('2026-01-15T10:00:00Z'), retentionDays: 7 }) }),
    onNoticeResponse: (response) => void log.responses.push(response),
  });
  return {
    root,
    home,
    proc,
    preferencesFile,
    stateFile: paths.stateFile,
    statusFile: paths.statusFile,
    quarantine,
    handlers: createHandlers(services),
    log,
    policy,
    writePolicy,
    dispose: async () => {
      policy.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}
