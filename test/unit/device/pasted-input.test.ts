// What IT really pastes into `device --parse`: files saved by PowerShell, output copied from documentation or a ticket,
// damaged text. Each case is one that used to give a wrong or unexplained verdict.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePasted, judgeUnreadable } from '../../../electron/core/device/parse-kinds.js';
import { fixture } from '../../support/fixtures.js';
import { runCliProcess } from '../../support/cli.js';
import { tempDir } from '../../support/temp.js';

const dsregcmd = fixture('device/windows/dsregcmd-hybrid-joined.txt');
/** What `dsregcmd /status > status.txt` writes in Windows PowerShell 5.1: UTF-16 LE with a byte-order mark
 * (Microsoft Learn, about_Character_Encoding, PowerShell 5.1: "Out-File and the redirection operators > and >>"). */
const powershellFile = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const indent = (text: string, by: string) => text.split(/\r?\n/).map((l) => (l === '' ? l : by + l)).join('\n');

describe('pasted outputs in the encodings and shapes people produce', () => {
  it('reads dsregcmd saved by PowerShell (UTF-16 LE with a mark) and says how it was read', () => {
    const status = judgePasted('dsregcmd', powershellFile(dsregcmd));
    expect(status.verdict).toBe('managed');
    expect(status.evidence[0]?.detail).toContain('(read as UTF-16 LE with a byte-order mark)');
    // Without the mark, and big-endian, too.
    expect(judgePasted('dsregcmd', Buffer.from(dsregcmd, 'utf16le')).verdict).toBe('managed');
    expect(judgePasted('dsregcmd', Buffer.from(dsregcmd, 'utf16le').swap16()).evidence[0]?.detail).toContain('read as UTF-16 BE');
  });

  it('reads every kind indented as documentation and tickets show it (spaces, a tab, no-break spaces)', () => {
    const samples = {
      dsregcmd: ['device/windows/dsregcmd-hybrid-joined.txt', 'managed'],
      'reg-enrollments': ['device/windows/reg-enrollments-intune.txt', 'managed'],
      'profiles-status': ['device/macos/profiles-ade-jamf.txt', 'managed'],
      'realm-list': ['device/linux/realm-ad.txt', 'managed'],
      'sssd-conf': ['device/linux/sssd-ad.conf', 'managed'],
    } as const;
    for (const [kind, [file, verdict]] of Object.entries(samples)) {
      for (const by of ['    ', '\t', '\u00a0\u00a0']) {
        expect(judgePasted(kind as keyof typeof samples, indent(fixture(file), by)).verdict, `${kind} indented by ${JSON.stringify(by)}`).toBe(verdict);
      }
    }
  });

  it('a missing dsregcmd field says it is missing, never found "undefined"', () => {
    const status = judgePasted('dsregcmd', dsregcmd.replace(/^.*DomainJoined : YES\r?\n/m, ''));
    expect(status.verdict).toBe('unknown');
    expect(status.summary).toContain('"Device State" section has no DomainJoined line');
    expect(status.summary).not.toContain('undefined');
  });

  it('reads realm list with a UTF-8 byte-order mark', () => {
    const status = judgePasted('realm-list', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture('device/linux/realm-ad.txt'))]));
    expect(status).toMatchObject({ verdict: 'managed', organisation: 'corp.contoso.example' });
    expect(status.evidence[0]?.detail).toContain('read as UTF-8 with a byte-order mark');
  });

  it('a NUL byte makes the input unreadable (unknown, located), never flips managed to not managed', () => {
    const damaged = {
      'reg-enrollments': fixture('device/windows/reg-enrollments-intune.txt').replace('EnrollmentState    REG_DWORD', 'EnrollmentState\u0000    REG_DWORD'),
      'sssd-conf': fixture('device/linux/sssd-ad.conf').replace('[sssd]', '[ss\u0000sd]'),
      'landscape-conf': fixture('device/linux/landscape-client.conf').replace('[client]', '[cli\u0000ent]'),
    } as const;
    for (const [kind, text] of Object.entries(damaged)) {
      const status = judgePasted(kind as keyof typeof damaged, Buffer.from(text));
      expect(status.verdict, kind).toBe('unknown');
      expect(status.summary, kind).toMatch(/contains a NUL character at line \d+, column \d+/);
    }
  });

  it('reads the one-sentence answer of macOS 10.13.0–10.13.3 profiles', () => {
    const enrolled = judgePasted('profiles-status', fixture('device/macos/profiles-10.13.2-enrolled.txt'));
    expect(enrolled).toMatchObject({ verdict: 'managed', summary: 'This laptop is enrolled in your organisation’s MDM.' });
    expect(judgePasted('profiles-status', fixture('device/macos/profiles-10.13.2-not-enrolled.txt')).verdict).toBe('not-managed');
  });

  it('a __proto__ section or header is a name like any other, never a way into Object.prototype', () => {
    judgePasted('dsregcmd', '| __proto__ |\n  AzureAdJoined : YES\n');
    judgePasted('sssd-conf', '[__proto__]\ndomains = polluted\n');
    expect(({} as Record<string, unknown>).AzureAdJoined).toBeUndefined();
    expect(({} as Record<string, unknown>).domains).toBeUndefined();
  });
});

describe('device --parse reads files and stdin as bytes, within a size limit', () => {
  it('judges a PowerShell-saved status.txt (exit 0) and refuses a 50 MB file without reading it (exit 3)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'status.txt'), powershellFile(dsregcmd));
    const ok = await runCliProcess(['device', '--parse', 'dsregcmd', 'status.txt'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).evidence[0].detail).toContain('read as UTF-16 LE with a byte-order mark');

    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x0a));
    const huge = await runCliProcess(['device', '--parse', 'dsregcmd', 'huge.txt'], { cwd: dir });
    expect(huge.code).toBe(3);
    expect(JSON.parse(huge.stdout).summary).toContain('the dsregcmd output is 50 MiB, far more than it can plausibly be (the limit is 4.0 MiB)');
  });

  it('a reason that ends in a question is not followed by a stray full stop', () => {
    const summary = judgeUnreadable('dsregcmd', 4 * 1024 * 1024, 50 * 1024 * 1024).summary;
    expect(summary).toContain('is it the right file? Ask your IT team');
    expect(summary).not.toContain('?.');
  });
});
