import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runNamed } from './running.js';
import { processListerFrom, waitUntilQuit } from '../../../electron/core/cleanup/processes.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { macosProcessSource } from '../../../electron/core/calls/macos-processes.js';
import { windowsProcessSource } from '../../../electron/core/calls/windows-processes.js';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { findClient } from '../../../electron/core/cleanup/catalogue/catalogue.js';

const zoomClient = findClient('zoom')!;
const slackClient = findClient('slack')!;

const fixture = (name: string) => readFile(fileURLToPath(new URL(`../../fixtures/cleanup/${name}`, import.meta.url)), 'utf8');

/** A runner that answers the one process-list command with a stored output, and fails anything else. */
const answering = (command: string, stdout: string): CommandRunner => async (cmd) =>
  cmd === command ? { kind: 'ok', stdout, stderr: '' } : { kind: 'missing', command: cmd };

describe('process check (through the platform process source)', () => {
  it('finds Zoom and Slack helpers in macOS ps output by executable name', async () => {
    const list = processListerFrom(macosProcessSource(answering('/bin/ps', await fixture('ps-macos.txt'))));
    expect((await list(zoomClient.processes.macos)).map((p) => p.pid)).toEqual([2231, 2240]);
    expect((await list(slackClient.processes.macos)).map((p) => p.pid)).toEqual([3001]);
  });

  it('reads Windows tasklist CSV', async () => {
    const list = processListerFrom(windowsProcessSource(answering('tasklist.exe', await fixture('tasklist.csv'))));
    expect(await list(['zoom.exe'])).toEqual([{ pid: 7788, name: 'Zoom.exe' }]);
    expect(await list(['*'])).toHaveLength(6);
  });

  it('refuses to answer when the list cannot be read, so a clear never goes ahead unchecked', async () => {
    const list = processListerFrom(windowsProcessSource(async (cmd) => ({ kind: 'missing', command: cmd })));
    await expect(list(['zoom.exe'])).rejects.toThrow('tasklist');
  });

  it('sees a real client process started after the source was first read', async () => {
    const source = linuxProcessSource();
    await source.snapshot();
    const list = processListerFrom(source);
    const child = await runNamed('zoom');
    expect((await list(['zoom'])).map((p) => p.pid)).toContain(child.pid);
  });

  it('waits until a real client process has quit, without real waiting', async () => {
    const child = await runNamed('slack');
    const exited = new Promise((r) => child.once('exit', r));
    const list = processListerFrom(linuxProcessSource());
    let sleeps = 0;
    const still = await waitUntilQuit(list, ['slack'], {
      timeoutMs: 60_000,
      now: () => 0,
      sleep: async () => {
        sleeps++;
        child.kill('SIGTERM');
        await exited;
      },
    });
    expect(still).toEqual([]);
    expect(sleeps).toBe(1);
  });

  it('gives up at the deadline and says what still runs', async () => {
    let t = 0;
    const still = await waitUntilQuit(async () => [{ pid: 7, name: 'zoom' }], ['zoom'], { timeoutMs: 3000, now: () => t, sleep: async (ms) => void (t += ms) });
    expect(still).toEqual([{ pid: 7, name: 'zoom' }]);
    expect(t).toBe(3000);
  });
});
