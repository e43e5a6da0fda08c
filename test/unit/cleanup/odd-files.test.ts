import { describe, expect, it } from 'vitest';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.js';
import { scanClients } from '../../../electron/core/cleanup/scan.js';
import { walk } from '../../../electron/core/cleanup/walk.js';

const linuxOnly = process.platform === 'linux' ? it : it.skip;

describe('files a scan meets on real disks', () => {
  it('sizes a file over the read limit (a sparse 300 MB log), says so and does not read it', async () => {
    const home = await tempDir();
    const logs = join(home, '.zoom/logs');
    await mkdir(logs, { recursive: true });
    await writeFile(join(logs, 'zoom.log'), 'user jane.doe@example.org\n');
    await truncate(join(logs, 'zoom.log'), 300 * 1024 * 1024);
    const report = await scanClients({ os: 'linux', home, clients: ['zoom'] });
    const location = report.clients[0]!.locations.find((l) => l.id === 'zoom.linux.logs')!;
    expect(location.files[0]).toMatchObject({ path: 'zoom.log', size: 300 * 1024 * 1024, note: 'larger than 256 MB: not read, cleared whole' });
    expect(location.findings.emails.count).toBe(0);
    expect(location.bytes).toBe(300 * 1024 * 1024);
  });

  // Linux names are bytes: anything but '/' and NUL, so not always UTF-8 (a file copied from an old Latin-1 disk).
  linuxOnly('reads names that are not valid UTF-8 or hold a newline, by their bytes', async () => {
    const home = await tempDir();
    const logs = join(home, '.zoom/logs');
    await mkdir(logs, { recursive: true });
    const latin1 = Buffer.concat([Buffer.from(`${logs}/r`), Buffer.from([0xe9]), Buffer.from('sum.log')]);
    await writeFile(latin1, 'ip 192.0.2.1\n');
    await writeFile(join(logs, 'two\nlines.log'), 'mail sam@example.com\n');
    const walked = await walk(logs, { maxFiles: 10, maxDepth: 4 });
    expect(walked.skipped).toEqual([]);
    expect(walked.files.map((f) => f.path.slice(logs.length + 1)).sort()).toEqual(['r\uFFFDsum.log', 'two\nlines.log']);
    const report = await scanClients({ os: 'linux', home, clients: ['zoom'] });
    const location = report.clients[0]!.locations.find((l) => l.id === 'zoom.linux.logs')!;
    expect(location.files.filter((f) => f.note)).toEqual([]);
    expect(location.findings.ipv4.count).toBe(1);
    expect(location.findings.emails.count).toBe(1);
  });
});
