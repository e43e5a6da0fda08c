import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runNamed } from './running.js';
import { parsePs, parseTasklistCsv } from '../../../electron/core/cleanup/host-processes.js';
import { procProcessLister, processNameMatches, waitUntilQuit } from '../../../electron/core/cleanup/processes.js';
import { zoomClient } from '../../../electron/core/cleanup/catalogue/zoom.js';
import { slackClient } from '../../../electron/core/cleanup/catalogue/webex-slack.js';

const fixture = (name: string) => readFile(fileURLToPath(new URL(`../../fixtures/cleanup/${name}`, import.meta.url)), 'utf8');

describe('process check', () => {
  it('finds Zoom and Slack helpers in macOS ps output by executable name', async () => {
    const all = parsePs(await fixture('ps-macos.txt'));
    const match = (names: readonly string[]) => all.filter((p) => names.some((n) => processNameMatches(n, p.name))).map((p) => p.pid);
    expect(match(zoomClient.processes.macos)).toEqual([2231, 2240]);
    expect(match(slackClient.processes.macos)).toEqual([3001]);
  });

  it('reads Windows tasklist CSV', async () => {
    const all = parseTasklistCsv(await fixture('tasklist.csv'));
    expect(all.find((p) => processNameMatches('zoom.exe', p.name))).toEqual({ pid: 7788, name: 'Zoom.exe' });
    expect(all).toHaveLength(6);
  });

  it('waits until a real client process has quit, without real waiting', async () => {
    const child = await runNamed('slack');
    const exited = new Promise((r) => child.once('exit', r));
    const list = procProcessLister();
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
