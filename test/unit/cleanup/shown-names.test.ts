import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { runCliProcess } from '../../support/cli.js';
import { escapeForDisplay, maskNamesIn, shownPath } from '../../../electron/core/cleanup/shown-path.js';
import { exitCodesOf } from '../../../electron/core/cli/exit-codes.js';
import { cleanupCommand } from '../../../electron/core/cleanup/cleanup-command.js';
import { commandHelp } from '../../../electron/core/cli/run-cli.js';

// Names shaped like the clients' own: Zoom names a local recording folder "<date> <time> <topic>", the default topic
// being "<host>'s Personal Meeting Room" (Zoom support, "Finding and viewing local recordings"); Windows Zoom keeps
// a folder per signed-in account under data (ZOOM-KB0084064 lists data\\<account>); Chromium logs name peers by IP.
const RECORDING = "2024-05-02 10.11.12 Jane Doe's Personal Meeting Room";
const ACCOUNT = 'jane.doe@example.org';

describe('names in output are masked as contents are', () => {
  it('masks e-mail and IP addresses and a person\'s name in a name, and leaves product and folder words alone', () => {
    expect(maskNamesIn(RECORDING)).toBe("2024-05-02 10.11.12 J*** D***'s Personal Meeting Room");
    expect(maskNamesIn(`${ACCOUNT}.db`)).toBe('j***@example.org.db');
    expect(maskNamesIn('peer-192.0.2.44.log')).toBe('peer-192.0.2.x.log');
    expect(maskNamesIn('ice-2001:db8:85a3::8a2e:370:7334')).toBe('ice-2001:db8:85a3:x:x:x:x:x');
    // A name is looked at only where it holds what a pattern needs: capitals beyond ASCII count, "::" is enough.
    expect(maskNamesIn('Åsa Öberg 2024')).toBe('Å*** Ö*** 2024');
    expect(maskNamesIn('fe80::1')).toBe('fe80:0:0:x:x:x:x:x');
    for (const plain of ['Application Support', 'Local Storage', 'Microsoft Teams', 'Cisco Spark', 'zoom_stdout.log', 'version 5.17.11.3835', 'GMT20240502-101112_Recording.mp4']) {
      expect(maskNamesIn(plain)).toBe(plain);
    }
  });

  it('escapes newlines, other control characters, bidi overrides and the replacement character of an invalid UTF-8 name', () => {
    expect(escapeForDisplay('a\nb\rc\td\u0007e')).toBe('a\\nb\\rc\\td\\u{7}e');
    expect(escapeForDisplay('invoice\u202Efdp.exe')).toBe('invoice\\u{202e}fdp.exe');
    expect(escapeForDisplay(Buffer.from([0x6c, 0x6f, 0x67, 0xff, 0x2e]).toString('utf8'))).toBe('log\\u{fffd}.');
    expect(shownPath('/home/ada/.zoom/data/x\ny', '/home/ada', { display: true })).toBe('/home/ada/.zoom/data/x\\ny');
  });

  it('the CLI masks names in scan text and JSON, clear text and JSON, and the quarantine list', async () => {
    const home = await tempDir();
    await writeTree(home, {
      [`.zoom/data/${ACCOUNT}/zoomus.db`]: 'x',
      [`.zoom/logs/${RECORDING}.log`]: 'login user: jane.doe@example.org from 192.0.2.44',
      '.zoom/logs/line\nbreak.log': 'from 192.0.2.45',
    });
    const runs = await Promise.all([
      runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--home', home]),
      runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--json', '--home', home]),
      runCliProcess(['cleanup', '--clear', '--dry-run', '--client', 'zoom', '--json', '--home', home]),
    ]);
    const cleared = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'zoom', '--home', home]);
    const listed = await runCliProcess(['cleanup', '--list-quarantine', '--json', '--home', home]);
    for (const run of [...runs, cleared, listed]) {
      expect(run.stdout).not.toContain('jane.doe');
      expect(run.stdout).not.toContain('Jane Doe');
      expect(run.stdout).not.toContain('192.0.2.44');
    }
    expect(runs[0]!.stdout).toContain('J*** D***\'s Personal Meeting Room.log');
    expect(runs[0]!.stdout).toContain('line\\nbreak.log');
    expect(runs[1]!.stdout).toContain('j***@example.org');
    // The manifest keeps the real path, so undo can put it back.
    const manifest = JSON.parse(listed.stdout) as { batches: { id: string }[] };
    const file = join(home, '.local/share/meeting-guard/quarantine', manifest.batches[0]!.id, 'manifest.json');
    expect(await readFile(file, 'utf8')).toContain(join(home, '.zoom/logs'));
  });
});

describe('cleanup exit codes agree everywhere', () => {
  it('every exit code --help lists is in docs/cleanup.md with the same meaning', async () => {
    const docs = await readFile(new URL('../../../docs/cleanup.md', import.meta.url), 'utf8');
    const help = commandHelp(cleanupCommand);
    for (const [code, meaning] of exitCodesOf(cleanupCommand.exitCodes)) {
      expect(help).toContain(`${code} ${meaning}`);
      expect(docs).toContain(`| ${code} | ${meaning} |`);
    }
  });
});
