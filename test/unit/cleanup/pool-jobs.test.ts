import { describe, expect, it } from 'vitest';
import { PoolJobs } from '../../../electron/core/cleanup/pool-jobs.js';
import type { JobFile } from '../../../electron/core/cleanup/scan-messages.js';

const MB = 1024 * 1024;
const file = (name: string, size: number): JobFile => ({ root: '/home/a/.zoom', path: `/home/a/.zoom/${name}`, size, siblings: new Set() });

describe('a scan\'s jobs while the walk hands over one location at a time', () => {
  it('gives the largest waiting job first, whichever location it came with', async () => {
    const jobs = new PoolJobs();
    jobs.add([file('a.log', 1 * MB), file('b.log', 9 * MB)]);
    expect(await jobs.next(undefined)).toEqual([1]); // 9 MB: a job of its own
    jobs.add([file('zoom.db', 20 * MB), file('c.log', 2 * MB)]);
    // The later location's 20 MB database goes before the small files still waiting from the first one.
    expect(await jobs.next(undefined)).toEqual([2]);
    expect(await jobs.next(undefined)).toEqual([3]);
    expect(await jobs.next(undefined)).toEqual([0]);
    jobs.end();
    expect(await jobs.next(undefined)).toBeUndefined();
    expect(jobs.files.map((f) => f.size)).toEqual([1 * MB, 9 * MB, 20 * MB, 2 * MB]);
  });

  it('keeps a thread that asks early waiting until the walk hands over more, or ends', async () => {
    const jobs = new PoolJobs();
    const early = jobs.next(undefined);
    const second = jobs.next(undefined);
    jobs.add(Array.from({ length: 70 }, (_, i) => file(`cache/${i}`, 100)));
    // 70 small files: a job of 64 and one of 6.
    expect((await early)?.length).toBe(64);
    expect((await second)?.length).toBe(6);
    const last = jobs.next(undefined);
    jobs.end();
    expect(await last).toBeUndefined();
    expect(jobs.done.length).toBeGreaterThanOrEqual(70);
  });

  it('stops a waiting thread at a cancel', async () => {
    const jobs = new PoolJobs();
    const controller = new AbortController();
    const waiting = jobs.next(controller.signal);
    controller.abort(new Error('scan cancelled'));
    await expect(waiting).rejects.toThrow('scan cancelled');
  });
});
