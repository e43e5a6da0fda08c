import { writeSync } from 'node:fs';

function readerGone(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/**
 * Writes a command's output straight to its file descriptor (1 or 2): synchronously, all of it before the next line
 * runs, as Node's own stdout does for a file or a terminal, and for a pipe on Linux. Creating `process.stdout` loads
 * Node's whole stream stack (about 20 modules, 2 % of a `node -e 0`) for what is mostly one write at the end of a
 * command. Whatever the descriptor does not take (a non-blocking pipe that is full: EAGAIN; any other error) goes to
 * the stream instead, which then does exactly what it did before, and so does every later write, so that nothing is
 * reordered. Windows keeps the stream: a console there wants the UTF-16 it writes.
 *
 * A reader that went away (`meeting-guard catalogue --json | head`, EPIPE, from the descriptor or the stream) wants
 * nothing more: instead of a stack trace and an exit code that would read as a finding, that write and every later
 * one are dropped, and `onReaderGone` is told at each, as a Unix program is sent SIGPIPE at each.
 */
export function directWriter(fd: number, stream: () => NodeJS.WritableStream, platform = process.platform, onReaderGone: () => void = () => {}): (text: string) => void {
  let direct = platform !== 'win32';
  let gone = false;
  let opened: NodeJS.WritableStream | undefined;
  const stop = () => {
    gone = true;
    onReaderGone();
  };
  const viaStream = (chunk: string | Uint8Array) => {
    if (opened === undefined) {
      opened = stream();
      opened.on('error', (error: unknown) => {
        if (!readerGone(error)) throw error;
        stop();
      });
    }
    opened.write(chunk);
  };
  return (text) => {
    if (gone) {
      stop();
      return;
    }
    if (!direct) {
      viaStream(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      if (readerGone(error)) {
        stop();
        return;
      }
      direct = false;
      viaStream(bytes.subarray(written));
    }
  };
}
