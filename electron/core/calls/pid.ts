/**
 * A process id read from a tool's output. Digits past what the OS can hand out are damaged output (a line cut and
 * glued to the next, a flipped byte), not a process: POSIX `pid_t` is a signed 32-bit integer (macOS, Linux), a
 * Windows process id a 32-bit DWORD. Pid 0 is the kernel's own entry (tasklist's "System Idle Process", macOS's
 * kernel_task) and only counts where the caller says so.
 */
export const MAX_PID = { posix: 0x7fffffff, windows: 0xffffffff } as const;

export function readPid(digits: string | undefined, max: number, { zero = false }: { zero?: boolean } = {}): number | undefined {
  if (digits === undefined || !/^\d{1,10}$/.test(digits)) return undefined;
  const pid = Number(digits);
  return pid <= max && (zero || pid > 0) ? pid : undefined;
}
