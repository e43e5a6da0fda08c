import { writeSync } from 'node:fs';

/**
 * Writes a command's output straight to its file descriptor (1 or 2): synchronously, all of it before the next line
 * runs, as Node's own stdout does for a file or a terminal, and for a pipe on Linux. Creating `process.stdout` loads
 * Node's whole stream stack (about 20 modules, 2 % of a `node -e 0`) for what is mostly one write at the end of a
 * command. Whatever the descriptor does not take (a non-blocking pipe that is full: EAGAIN; a reader that went away:
 * EPIPE; any other error) goes to the stream instead, which then does exactly what it did before, and so does every
 * later write, so that nothing is reordered. Windows keeps the stream: a console there wants the UTF-16 it writes.
 */
export function directWriter(fd: number, stream: () => NodeJS.WritableStream, platform = process.platform): (text: string) => void {
  let direct = platform !== 'win32';
  return (text) => {
    if (!direct) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } catch {
      direct = false;
      stream().write(bytes.subarray(written));
    }
  };
}
