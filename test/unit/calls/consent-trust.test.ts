import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConsentTrust, parseConsentEntries, type ConsentEntry } from '../../../electron/core/calls/consent-store.js';
import { RESUME_GAP_MS, windowsMediaProbe } from '../../../electron/core/calls/windows-media.js';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';

const text = readFileSync(new URL('../../fixtures/calls/signals/consent-store-hkcu-hklm.txt', import.meta.url), 'utf8');
const teamsMic = (inUse: boolean, startedAt: number): ConsentEntry => ({
  key: 'hkey_current_user\\…\\consentstore\\microphone\\msteams_8wekyb3d8bbwe',
  device: 'microphone',
  inUse,
  startedAt,
  signal: { device: 'microphone', appId: 'MSTeams_8wekyb3d8bbwe', source: 'registry microphone ConsentStore' },
});

describe('ConsentStore keys', () => {
  it('decode NonPackaged paths and keep the start time', () => {
    const { entries } = parseConsentEntries(text);
    const obs = entries.find((e) => e.signal.processName === 'obs64.exe');
    expect(obs).toMatchObject({ device: 'microphone', inUse: true, signal: { label: 'C:\\Program Files\\obs-studio\\bin\\64bit\\obs64.exe', source: 'registry microphone ConsentStore (machine)' } });
    // 0x1db3f6c2b9d0e00 is the FILETIME of 2024-11-25T18:59:35Z.
    expect(new Date(obs?.startedAt ?? 0).toISOString()).toMatch(/^2024-11-25T18:59/);
  });
});

describe('stale "in use" after a crash or sleep', () => {
  it('an in-use key from before the start is not believed until it was seen stopped, then it is', () => {
    let now = 10_000;
    const trust = createConsentTrust(() => now);
    expect(trust.judge([teamsMic(true, 5_000)]).trusted).toEqual([]);
    now = 20_000;
    expect(trust.judge([teamsMic(false, 5_000)]).trusted).toEqual([]);
    now = 30_000;
    expect(trust.judge([teamsMic(true, 25_000)]).trusted).toHaveLength(1);
  });

  it('a device opened after the start is believed at once', () => {
    const trust = createConsentTrust(() => 10_000);
    expect(trust.judge([teamsMic(true, 12_000)]).trusted).toHaveLength(1);
  });

  it('after a resume, what was believed before is doubted again', () => {
    let now = 10_000;
    const trust = createConsentTrust(() => now);
    trust.judge([teamsMic(false, 0)]);
    expect(trust.judge([teamsMic(true, 11_000)]).trusted).toHaveLength(1);
    now = 50_000;
    trust.resumed();
    expect(trust.judge([teamsMic(true, 11_000)]).distrusted).toHaveLength(1);
  });

  it('the probe treats a long gap between checks as a resume', async () => {
    const run: CommandRunner = async () => ({ kind: 'ok', stdout: text, stderr: '' });
    // Started just before the fixture's sessions opened (2024-11-25 18:59): they are believed.
    let now = Date.UTC(2024, 10, 25, 18);
    const probe = windowsMediaProbe(run, () => now);
    expect((await probe.check()).signals.length).toBeGreaterThan(0);
    // The next check comes a day later: the laptop slept, and keys still "in use" may be stale.
    now += 24 * 3_600_000;
    expect(now - Date.UTC(2024, 10, 25, 18)).toBeGreaterThan(RESUME_GAP_MS);
    const after = await probe.check();
    expect(after.signals).toEqual([]);
    expect(after.notes.join('\n')).toMatch(/since before Meeting Guard started or the laptop resumed/);
  });
});
