import { mayBeOnPath } from './command-runner.js';

export interface StreamHandlers {
  /** Output as it arrives, decoded as UTF-8 (a character split between two chunks is kept for the next). */
  onData(text: string): void;
  /** The program ended or could not start: no more data comes. Called once, never after `stop()`. */
  onEnd(reason: string): void;
}

export interface StreamedCommand {
  /** Ends the program (SIGTERM) and its output; onEnd is not called. */
  stop(): void;
}

/**
 * Starts a long-running program whose output is read as it comes (`pw-dump --monitor`): undefined when it is on no
 * folder of PATH. Run directly, never through a shell, in the C locale; stdin and stderr are not kept.
 */
export type CommandStreamer = (command: string, args: readonly string[], handlers: StreamHandlers) => StreamedCommand | undefined;

export const streamCommand: CommandStreamer = (command, args, handlers) => {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  if (!mayBeOnPath(command, env.PATH)) return undefined;
  let child;
  try {
    child = process.getBuiltinModule('node:child_process').spawn(command, [...args], { env, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
  } catch (error) {
    queueMicrotask(() => handlers.onEnd((error as Error).message));
    return { stop: () => undefined };
  }
  let stopped = false;
  let ended = false;
  const end = (reason: string) => {
    if (stopped || ended) return;
    ended = true;
    handlers.onEnd(reason);
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    if (!stopped) handlers.onData(text);
  });
  child.on('error', (error) => end(error.message));
  child.on('close', (code, signal) => end(signal ? `ended by ${signal}` : `exited with code ${code}`));
  // A watcher that forgot to stop it must not keep its process alive: neither the child nor its pipe holds the loop.
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      child.kill('SIGTERM');
    },
  };
};
