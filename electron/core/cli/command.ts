import type { CliIo } from './io.js';
import type { ExitCode, ExitCodeMeanings } from './exit-codes.js';
import type { Platform } from '../platform/platform.js';
import type { DeviceManagementProbe } from '../device/types.js';
import type { CallProbesOf } from '../platform/select-call-probes.js';

export interface CliContext {
  io: CliIo;
  /**
   * The adapters for the OS the CLI runs on (tests pass another OS's or stand-ins). A function, so that commands
   * that need no probe (--version, notice --check) never load the per-OS code: CLI start-up is measured.
   */
  platform: () => Promise<Platform>;
  /** The device probe alone, loading no other adapter (the CLI's own entry point); else `platform().device`. */
  deviceProbe?: () => Promise<DeviceManagementProbe>;
  /** The call-detection adapters alone, likewise (the CLI's own entry point); else taken from `platform()`. */
  callProbes?: () => Promise<CallProbesOf>;
  /** The cleanup scan's thread bundle beside the CLI's own; scans run on the calling thread without it. */
  scanWorker?: URL;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Every exit code the command can end with besides 2 and 4, and what it means: --help prints them all. */
  exitCodes: ExitCodeMeanings;
  /** Checks the arguments alone, without running anything: throws a UsageError that names what is wrong. */
  parseArgs(argv: readonly string[]): unknown;
  run(argv: readonly string[], context: CliContext): Promise<ExitCode>;
}

/** A registry entry: the command's module is imported only when that command runs (or for --help). */
export interface CommandEntry {
  name: string;
  load: () => Promise<CliCommand>;
}
