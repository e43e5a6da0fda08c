import { mkdir, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoreServices } from '../../electron/core/contract/core-services.js';
import { createHandlers, type Handlers } from '../../electron/core/contract/handlers.js';
import { memoryLocaleStore } from '../../electron/core/contract/services/app-service.js';
import { quarantineCleanupActions } from '../../electron/core/contract/services/quarantine-actions.js';
import type { PrecallResponse } from '../../electron/core/contract/views.js';
import { quarantineFolder } from '../../electron/core/cleanup/paths.js';
import type { ProcessLister } from '../../electron/core/cleanup/processes.js';
import { Quarantine } from '../../electron/core/cleanup/quarantine.js';
import type { HostEnvironment } from '../../electron/core/platform/platform.js';
import { selectPlatform } from '../../electron/core/platform/select-platform.js';
import { LINUX_POLICY_DIR } from '../../electron/core/policy/policy-schema.js';
import { PolicyService } from '../../electron/core/policy/policy-service.js';
import { jsonFilePreferences } from '../../electron/core/policy/preferences.js';
import type { CommandRunner } from '../../electron/core/ports/command-runner.js';

export interface StandinCore {
  base: string;
  root: string;
  home: string;
  handlers: Handlers;
  opened: string[];
  responses: PrecallResponse[];
  dispose(): Promise<void>;
}

/**
 * The real core (createCoreServices + handlers, Linux adapters) on a laptop made of temporary folders: an /etc
 * policy file, an empty /proc, a home, a command runner given by the caller, and no meeting client running.
 */
export async function standinCore(options: { policy: Record<string, unknown>; run: CommandRunner; prepareHome?: (home: string) => Promise<void> }): Promise<StandinCore> {
  const base = await mkdtemp(join(tmpdir(), 'mg-core-'));
  const root = join(base, 'root');
  const home = join(base, 'home');
  await Promise.all([mkdir(join(root, LINUX_POLICY_DIR), { recursive: true }), mkdir(join(root, 'proc'), { recursive: true }), mkdir(home, { recursive: true })]);
  await writeFile(join(root, LINUX_POLICY_DIR, 'meeting-guard.json'), JSON.stringify(options.policy), { mode: 0o644 });
  await options.prepareHome?.(home);
  const host: HostEnvironment = { run: options.run, root, home, env: { HOME: home } };
  const platform = selectPlatform('linux', host);
  const preferences = jsonFilePreferences(join(home, '.config/Meeting Guard/preferences.json'));
  const policy = new PolicyService({ source: platform.policy, preferences, watch: () => ({ close() {} }) });
  await policy.refresh();
  const opened: string[] = [];
  const responses: PrecallResponse[] = [];
  const noneRunning: ProcessLister = async () => [];
  const quarantine = new Quarantine({ root: quarantineFolder('linux', home, host.env), home, now: () => new Date('2026-01-15T10:00:00Z'), retentionDays: 7 });
  const services = createCoreServices({
    platform,
    policy,
    preferences,
    localeStore: memoryLocaleStore(),
    systemLocale: 'en_GB.UTF-8',
    shell: { openExternal: async (url) => void opened.push(url), savePdf: async () => ({ saved: false }) },
    processes: noneRunning,
    cleanupActions: quarantineCleanupActions({ os: 'linux', home, listProcesses: noneRunning, quarantine }),
    onNoticeResponse: (response) => void responses.push(response),
  });
  return {
    base,
    root,
    home,
    handlers: createHandlers(services),
    opened,
    responses,
    dispose: async () => {
      policy.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}

