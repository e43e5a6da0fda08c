/** Calls `say` at most once per `ms` with the newest value; one held back is said when the time is up. */
export function throttled<T>(ms: number, say: (value: T) => void) {
  let saidAt = 0;
  let held: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (!held) return;
    saidAt = Date.now();
    const { value } = held;
    held = undefined;
    say(value);
  };
  return {
    say(value: T) {
      held = { value };
      const wait = saidAt + ms - Date.now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    /** Over: nothing more is said, not even what was held back. */
    stop() {
      clearTimeout(timer);
      held = undefined;
    },
  };
}
