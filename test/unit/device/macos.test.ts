import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { decide } from '../../../electron/core/device/decide.js';
import { judgeProfilesStatus, mdmVendor } from '../../../electron/core/device/macos/profiles-status.js';
import { macosDeviceProbe } from '../../../electron/core/device/macos/macos-probe.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import { fixture } from '../../support/fixtures.js';
import { fakeTool, tempDir, writeTree } from '../../support/temp.js';

describe('profiles status -type enrollment', () => {
  it('recognises Automated Device Enrollment with Jamf Pro', () => {
    const status = decide('macos', [judgeProfilesStatus(fixture('device/macos/profiles-ade-jamf.txt'))]);
    expect(status).toMatchObject({ verdict: 'managed', managedBy: ['Jamf Pro'] });
    expect(status.summary).toBe('This laptop is enrolled in Jamf Pro through Automated Device Enrollment.');
  });

  it('recognises a user-approved Intune enrolment', () => {
    expect(judgeProfilesStatus(fixture('device/macos/profiles-user-approved-intune.txt')).phrase).toBe('enrolled in Intune');
  });

  it('accepts a plain "Yes" (enrolled, not user approved) and says so', () => {
    const finding = judgeProfilesStatus(fixture('device/macos/profiles-legacy-not-approved.txt'));
    expect(finding.evidence.status).toBe('positive');
    expect(finding.phrase).toContain('not user approved');
  });

  it('reads an unenrolled Mac as not managed', () => {
    expect(decide('macos', [judgeProfilesStatus(fixture('device/macos/profiles-not-enrolled.txt'))]).verdict).toBe('not-managed');
  });

  it('fails closed on an unknown value or missing line', () => {
    expect(judgeProfilesStatus('Enrolled via DEP: No\nMDM enrollment: Perhaps\n').evidence).toMatchObject({ status: 'unavailable' });
    expect(judgeProfilesStatus('profiles: command not supported\n').evidence.detail).toContain('"MDM enrollment" line is missing');
  });

  it('names MDM vendors from the server address and keeps unknown hosts', () => {
    expect(mdmVendor('https://a.kandji.io/mdm')).toBe('Kandji');
    expect(mdmVendor('https://mdm.example.org/x')).toBe('mdm.example.org');
    expect(mdmVendor('not a url')).toBe('MDM');
  });
});

describe('the macOS probe', () => {
  it('adds Jamf and Intune agent footprints as supporting evidence only', async () => {
    const root = await tempDir();
    const bin = join(root, 'bin');
    await fakeTool(bin, 'profiles', { stdout: fixture('device/macos/profiles-not-enrolled.txt') });
    await writeTree(root, {
      'usr/local/jamf/bin/jamf': '#!/bin/sh\n',
      'Library/Preferences/com.jamfsoftware.jamf.plist': '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>jss_url</key><string>https://northwind.jamfcloud.com/</string></dict></plist>',
    });
    // The probe runs /usr/bin/profiles; point it at the stand-in.
    const status = await macosDeviceProbe({
      run: (command, args, options) => runCommand(command === '/usr/bin/profiles' ? join(bin, 'profiles') : command, args, options),
      root,
      home: root,
      env: {},
    }).check();
    expect(status.verdict).toBe('not-managed');
    const jamf = status.evidence.find((e) => e.signal === 'Jamf agent');
    expect(jamf).toMatchObject({ weight: 'supporting', status: 'positive', detail: 'the Jamf agent is installed (Jamf Pro server northwind.jamfcloud.com)' });
    expect(status.evidence.find((e) => e.signal === 'Intune agent')?.status).toBe('negative');
  });
});
