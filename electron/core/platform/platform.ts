import type { CommandRunner } from '../ports/command-runner.js';
import type { CommandStreamer } from '../ports/command-stream.js';
import type { DeviceManagementProbe } from '../device/types.js';
import type { PolicySource } from '../policy/policy-source.js';
import type { ProcessSource } from '../calls/process-snapshot.js';
import type { MediaProbe } from '../calls/media-signal.js';

export type OsName = 'windows' | 'macos' | 'linux';

/** What every probe may touch. Tests point `root` and `home` at temporary folders and `run` at stand-in tools. */
export interface HostEnvironment {
  run: CommandRunner;
  /** File-system root standing in for `/` (or `C:\`): `/etc`, `/var/lib`, `/Library` are read below it. */
  root: string;
  /** The user's home folder. */
  home: string;
  env: NodeJS.ProcessEnv;
  /** Long-running programs read as they print (Linux: `pw-dump --monitor`); without it, probes run one-off commands only. */
  stream?: CommandStreamer;
}

/** The per-OS adapters, one object per OS, each `satisfies` this interface; chosen once in select-platform.ts. */
export interface Platform {
  os: OsName;
  host: HostEnvironment;
  device: DeviceManagementProbe;
  /** Where IT's managed settings are read from (registry, managed preferences, /etc policy files). */
  policy: PolicySource;
  /** Running processes, for call awareness and recorder warnings. */
  processes: ProcessSource;
  /** Microphone / camera / screen-capture use, as far as the OS tells without privileges. */
  media: MediaProbe;
}
