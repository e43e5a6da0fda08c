import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { readManifest } from '../../../electron/core/cleanup/quarantine-manifest.js';

const at = (iso: string) => () => new Date(iso);

describe('quarantine', () => {
  it('writes a valid manifest, and undo never overwrites something new at the original place', async () => {
    const home = await tempDir();
    await writeTree(home, { 'a/log.txt': 'old', 'b/keep.txt': 'b' });
    const q = new Quarantine({ root: join(home, 'q'), now: at('2026-03-01T10:00:00Z'), retentionDays: 7 });
    const batch = await q.beginBatch();
    await batch.store(join(home, 'a'), { type: 'folder', client: 'zoom', locationId: 'zoom.linux.logs' });
    await batch.store(join(home, 'b'), { type: 'folder', client: 'zoom', locationId: 'zoom.linux.data' });
    const manifest = await readManifest(batch.dir);
    expect(manifest.expiresAt).toBe('2026-03-08T10:00:00.000Z');
    expect(manifest.items.map((i) => i.storedAs)).toEqual(['items/0', 'items/1']);
    await writeTree(home, { 'a/log.txt': 'new since' });
    const undo = await q.undo();
    expect(undo.restored).toEqual([join(home, 'b')]);
    expect(undo.skipped).toEqual([{ path: join(home, 'a'), reason: 'something new is there now: left in quarantine' }]);
    expect(await readFile(join(home, 'a/log.txt'), 'utf8')).toBe('new since');
    expect(await readFile(join(batch.dir, 'items/0/log.txt'), 'utf8')).toBe('old');
  });

  it('reports a damaged manifest with its file and key, and never purges that batch', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'odd'), { recursive: true });
    await writeFile(join(root, 'odd/manifest.json'), JSON.stringify({ schema: 'meeting-guard/quarantine@1', id: 'odd', createdAt: 'yesterday' }));
    const q = new Quarantine({ root, now: at('2030-01-01T00:00:00Z'), retentionDays: 7 });
    const { problems } = await q.list();
    expect(problems).toEqual([`${join(root, 'odd/manifest.json')}: createdAt: Invalid ISO datetime`]);
    expect(await q.purgeExpired()).toEqual([]);
    expect(await readdir(root)).toEqual(['odd']);
  });
});
