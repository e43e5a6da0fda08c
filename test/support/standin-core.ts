import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../electron/core/contract/handlers.js';
import type { PrecallResponse } from '../../electron/core/contract/views.js';
import type { HostEnvironment } from '../../electron/core/platform/platform.js';
import { selectPlatform } from '../../electron/core/platform/select-platform.js';
import { LINUX_POLICY_DIR } from '../../electron/core/policy/policy-schema.js';
import type { CommandRunner } from '../../electron/core/ports/command-runner.js';
import { recordingGuard } from './recording-guard.js';

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
 * The real core, wired by the app's composition root (createGuard) with the Linux adapters, on a laptop made of
 * temporary folders: an /etc policy file, an empty /proc (no meeting client running), a home, and a command runner
 * given by the caller.
 */
export async function standinCore(options: { policy: Record<string, unknown>; run: CommandRunner; prepareHome?: (home: string) => Promise<void> }): Promise<StandinCore> {
  const base = await mkdtemp(join(tmpdir(), 'mg-core-'));
  const root = join(base, 'root');
  const home = join(base, 'home');
  await Promise.all([mkdir(join(root, LINUX_POLICY_DIR), { recursive: true }), mkdir(join(root, 'proc'), { recursive: true }), mkdir(home, { recursive: true })]);
  await writeFile(join(root, LINUX_POLICY_DIR, 'meeting-guard.json'), JSON.stringify(options.policy), { mode: 0o644 });
  await options.prepareHome?.(home);
  const host: HostEnvironment = { run: options.run, root, home, env: { HOME: home } };
  const { guard, log } = await recordingGuard({ platform: selectPlatform('linux', host) });
  return {
    base,
    root,
    home,
    handlers: guard.handlers,
    opened: log.opened,
    responses: log.responses,
    dispose: async () => {
      await guard.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}
