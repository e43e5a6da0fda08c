import { describe, expect, it } from 'vitest';
import { decide } from '../../../electron/core/device/decide.js';
import { judgeDsregcmd, parseDsregcmd } from '../../../electron/core/device/windows/dsregcmd.js';
import { judgeRegEnrollments } from '../../../electron/core/device/windows/reg-enrollments.js';
import { judgePartOfDomain } from '../../../electron/core/device/windows/part-of-domain.js';
import { windowsDeviceProbe } from '../../../electron/core/device/windows/windows-probe.js';
import type { CommandResult, CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { fixture } from '../../support/fixtures.js';

describe('dsregcmd /status', () => {
  it('reads framed sections with right-aligned names, CRLF and empty values', () => {
    const sections = parseDsregcmd(fixture('device/windows/dsregcmd-hybrid-joined.txt'));
    expect(sections['Device State']).toMatchObject({ AzureAdJoined: 'YES', DomainJoined: 'YES', DomainName: 'CONTOSO', 'Virtual Desktop': 'NOT SET' });
    expect(sections['Tenant Details']?.TenantName).toBe('Contoso');
    expect(sections['SSO State']?.EnterprisePrtAuthority).toBe('');
    expect(sections['Device Details']?.DeviceCertificateValidity).toBe('[ 2025-03-11 09:02:50.000 UTC -- 2035-03-11 09:32:50.000 UTC ]');
  });

  it('names the tenant of an Entra-joined laptop', () => {
    const status = decide('windows', [judgeDsregcmd(fixture('device/windows/dsregcmd-entra-joined.txt'))]);
    expect(status.verdict).toBe('managed');
    expect(status.summary).toBe("This laptop is joined to Contoso's Microsoft Entra ID.");
    expect(status.organisation).toBe('Contoso');
  });

  it('reports a hybrid join with both directories', () => {
    const finding = judgeDsregcmd(fixture('device/windows/dsregcmd-hybrid-joined.txt'));
    expect(finding.evidence.status).toBe('positive');
    expect(finding.phrase).toBe("joined to Contoso's Microsoft Entra ID and the CONTOSO Active Directory domain (hybrid join)");
  });

  it('does not count a registered-only (BYOD) device, and says why', () => {
    const status = decide('windows', [judgeDsregcmd(fixture('device/windows/dsregcmd-registered-only.txt'))]);
    expect(status.verdict).toBe('not-managed');
    expect(status.summary).toContain("don't use it for video calls");
    expect(status.summary).toContain('Microsoft Entra registered');
    expect(status.evidence[0]?.detail).toContain('WorkplaceJoined YES');
  });

  it('does not treat a tenant MdmUrl as enrolment', () => {
    // The tenant block (with MdmUrl) of a joined device pasted under a not-joined Device State.
    const text = fixture('device/windows/dsregcmd-entra-joined.txt').replace('AzureAdJoined : YES', 'AzureAdJoined : NO');
    expect(text).toContain('MdmUrl : https://enrollment.manage.microsoft.com');
    expect(judgeDsregcmd(text).evidence.status).toBe('negative');
  });

  it('reads as unknown, with a reason, when truncated or altered', () => {
    const truncated = fixture('device/windows/dsregcmd-entra-joined.txt').slice(0, 200);
    const status = decide('windows', [judgeDsregcmd(truncated)]);
    expect(status.verdict).toBe('unknown');
    expect(status.summary).toMatch(/could not check .* because dsregcmd could not be read: its "Device State" section has no \w+ line/);
    const odd = judgeDsregcmd(fixture('device/windows/dsregcmd-workgroup.txt').replace('AzureAdJoined : NO', 'AzureAdJoined : JA'));
    expect(odd.evidence).toMatchObject({ status: 'unavailable' });
    expect(odd.evidence.detail).toContain('"JA"');
    expect(judgeDsregcmd('').evidence.detail).toContain('no "Device State" section');
  });
});

describe('MDM enrolments in the registry', () => {
  it('finds the Intune enrolment among bookkeeping subkeys', () => {
    const finding = judgeRegEnrollments(fixture('device/windows/reg-enrollments-intune.txt'));
    expect(finding).toMatchObject({ phrase: 'enrolled in Intune', managedBy: 'Intune' });
    expect(finding.evidence.detail).toBe('MS DM Server: enrolled');
    // The enrolling user's UPN stays out of the evidence.
    expect(JSON.stringify(finding)).not.toContain('@');
  });

  it('does not count a failed enrolment and explains it', () => {
    const finding = judgeRegEnrollments(fixture('device/windows/reg-enrollments-failed.txt'));
    expect(finding.evidence.status).toBe('negative');
    expect(finding.note).toContain('MS DM Server: failed');
  });

  it('sees no enrolment in bookkeeping-only subkeys', () => {
    expect(judgeRegEnrollments(fixture('device/windows/reg-enrollments-none.txt')).evidence).toMatchObject({ status: 'negative', detail: 'no MDM enrolment found' });
  });

  it('reads garbage as unavailable with the line that failed', () => {
    expect(judgeRegEnrollments('Zugriff verweigert\r\n').evidence.detail).toMatch(/line 1: not a registry key or value line/);
  });
});

describe('Win32_ComputerSystem.PartOfDomain', () => {
  it('reads True|domain and False|workgroup', () => {
    expect(judgePartOfDomain('True|corp.contoso.example\r\n')).toMatchObject({ managedBy: 'Active Directory', organisation: 'corp.contoso.example' });
    expect(judgePartOfDomain('False|WORKGROUP\r\n').evidence).toMatchObject({ status: 'negative', detail: 'not part of a domain (workgroup WORKGROUP)' });
    expect(judgePartOfDomain('Get-CimInstance : Access denied').evidence.status).toBe('unavailable');
  });
});

describe('the Windows probe', () => {
  const outputs = (answers: Record<string, CommandResult>): CommandRunner => async (command) => answers[command] ?? { kind: 'missing', command };
  const ok = (stdout: string): CommandResult => ({ kind: 'ok', stdout, stderr: '' });
  const host = (run: CommandRunner) => ({ run, root: 'C:\\', home: 'C:\\Users\\alex', env: {} });

  it('combines dsregcmd, the registry and WMI', async () => {
    const probe = windowsDeviceProbe(host(outputs({
      dsregcmd: ok(fixture('device/windows/dsregcmd-entra-joined.txt')),
      reg: ok(fixture('device/windows/reg-enrollments-intune.txt')),
      powershell: ok('False|WORKGROUP\r\n'),
    })));
    const status = await probe.check();
    expect(status.summary).toBe("This laptop is joined to Contoso's Microsoft Entra ID and enrolled in Intune.");
    expect(status.managedBy).toEqual(['Microsoft Entra ID', 'Intune']);
    expect(status.evidence).toHaveLength(3);
  });

  it('treats reg.exe "key not found" as no enrolment, so a workgroup PC is not managed', async () => {
    const status = await windowsDeviceProbe(host(outputs({
      dsregcmd: ok(fixture('device/windows/dsregcmd-workgroup.txt')),
      reg: { kind: 'exit', code: 1, signal: null, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n' },
      powershell: ok('False|WORKGROUP'),
    }))).check();
    expect(status.verdict).toBe('not-managed');
  });

  it('is unknown, never managed, when a signal times out and the others say no', async () => {
    const status = await windowsDeviceProbe(host(outputs({
      dsregcmd: { kind: 'timeout', command: 'dsregcmd', timeoutMs: 10_000, stdout: '' },
      reg: ok(fixture('device/windows/reg-enrollments-none.txt')),
      powershell: ok('False|WORKGROUP'),
    }))).check();
    expect(status.verdict).toBe('unknown');
    expect(status.summary).toContain('dsregcmd did not answer within 10 s');
  });
});
