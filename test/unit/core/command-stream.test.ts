// The streaming port (ports/command-stream.ts) with real programs: output as it comes, the end reported once, and a
// stop that ends the program without reporting an end.
import { describe, expect, it } from 'vitest';
import { streamCommand } from '../../../electron/core/ports/command-stream.js';

const node = process.execPath;
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function collect(args: string[]) {
  const chunks: string[] = [];
  const ends: string[] = [];
  let resolveEnd: (reason: string) => void = () => undefined;
  const ended = new Promise<string>((r) => (resolveEnd = r));
  const handle = streamCommand(node, args, {
    onData: (text) => chunks.push(text),
    onEnd: (reason) => (ends.push(reason), resolveEnd(reason)),
  });
  return { handle, chunks, ends, ended };
}

describe('streamCommand', () => {
  it('hands over output as the program prints it, then its end', async () => {
    const run = collect(['-e', "process.stdout.write('[\\n'); setTimeout(() => { process.stdout.write(']\\n'); process.exit(3); }, 200);"]);
    await expect(run.ended).resolves.toBe('exited with code 3');
    expect(run.chunks.join('')).toBe('[\n]\n');
    expect(run.ends).toHaveLength(1);
  });

  it('keeps a character split between two writes whole', async () => {
    const run = collect(['-e', "const b = Buffer.from('é'); process.stdout.write(b.subarray(0, 1)); setTimeout(() => process.stdout.write(b.subarray(1)), 100);"]);
    await run.ended;
    expect(run.chunks.join('')).toBe('é');
  });

  it('stop ends the program and reports no end', async () => {
    const run = collect(['-e', "process.stdout.write(process.pid + '\\n'); setInterval(() => {}, 1000);"]);
    while (!run.chunks.join('').endsWith('\n')) await new Promise((r) => setTimeout(r, 20));
    const pid = Number(run.chunks.join(''));
    expect(() => process.kill(pid, 0)).not.toThrow();
    run.handle!.stop();
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && isAlive(pid)) await new Promise((r) => setTimeout(r, 20));
    expect(isAlive(pid)).toBe(false);
    expect(run.ends).toEqual([]);
  });

  it('is undefined for a program on no folder of PATH', () => {
    expect(streamCommand('meeting-guard-no-such-tool', [], { onData: () => undefined, onEnd: () => undefined })).toBeUndefined();
  });
});
