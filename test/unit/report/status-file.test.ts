import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../electron/core/ports/write-atomic.js';
import { readAppState, updateAppState } from '../../../electron/core/state/app-state.js';
import { tempDir, writeTree } from '../../support/temp.js';

describe('writeFileAtomic', () => {
  it('a reader polling while the file is rewritten only ever sees a whole document', async () => {
    const dir = await tempDir();
    const path = join(dir, 'status.json');
    await writeFileAtomic(path, JSON.stringify({ n: 0, pad: 'x'.repeat(50_000) }));
    let reads = 0;
    let done = false;
    const reader = (async () => {
      while (!done) {
        const text = readFileSync(path, 'utf8');
        expect(() => JSON.parse(text)).not.toThrow();
        reads += 1;
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let n = 1; n <= 200; n += 1) await writeFileAtomic(path, JSON.stringify({ n, pad: 'y'.repeat(50_000 + n) }));
    done = true;
    await reader;
    expect(reads).toBeGreaterThan(10);
    expect(JSON.parse(readFileSync(path, 'utf8')).n).toBe(200);
    // No temporary files are left behind.
    expect(readdirSync(dir)).toEqual(['status.json']);
  });
});

describe('app state', () => {
  it('starts empty, records timestamps, and survives a damaged file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'sub', 'state.json');
    expect(await readAppState(path)).toEqual({ state: {} });
    await updateAppState(path, { lastNoticeAcknowledgedAt: '2026-11-23T09:00:00.000Z' });
    await updateAppState(path, { lastCleanupAt: '2026-11-23T10:00:00.000Z' });
    expect((await readAppState(path)).state).toEqual({ lastNoticeAcknowledgedAt: '2026-11-23T09:00:00.000Z', lastCleanupAt: '2026-11-23T10:00:00.000Z' });
    await writeTree(dir, { 'sub/state.json': '{"lastCleanupAt": 12' });
    const damaged = await readAppState(path);
    expect(damaged.state).toEqual({});
    expect(damaged.problem).toContain('not valid JSON');
  });
});
