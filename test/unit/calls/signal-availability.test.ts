import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStatus } from '../../../electron/core/report/build-status.js';
import { formatStatus, jamfValue } from '../../../electron/core/report/formats.js';
import { fleetStatusSchema } from '../../../electron/core/report/status-model.js';
import { callSignalsCheck } from '../../../electron/core/contract/services/status-service.js';
import { statusViewSchema } from '../../../electron/core/contract/views.js';
import { trayModel, TOOLTIP_MAX, type TrayInput } from '../../../electron/core/menu/tray-menu.js';
import { trayInput } from '../../../electron/core/app/tray-view.js';
import { NOT_READ_YET, type SignalStatus } from '../../../electron/core/calls/signals/signal-status.js';
import { macosMediaProbe } from '../../../electron/core/calls/macos-media.js';
import { statusInputs } from '../../support/status.js';
import { resolve } from '../../../electron/core/policy/resolve.js';
import { runCliProcess } from '../../support/cli.js';
import { fakeTool, tempDir } from '../../support/temp.js';

/** What a Mac without pmset says (the probe's own words, not written here). */
async function macWithoutPmset(): Promise<SignalStatus[]> {
  const probe = macosMediaProbe(async (command) => ({ kind: 'missing', command }));
  await probe.check();
  return [{ signal: 'processes', state: 'available', detail: 'ps' }, ...(probe.status?.() ?? [])];
}

describe('the fleet status says which call signals this laptop has', () => {
  it('as an additive field of status@1 and in the text report; the Jamf line stays as it was', async () => {
    const callSignals = await macWithoutPmset();
    const status = buildStatus(statusInputs({ callSignals }));
    expect(fleetStatusSchema.parse(JSON.parse(formatStatus(status, 'json')))).toEqual(status);
    expect(status.callSignals?.find((s) => s.signal === 'microphone')).toMatchObject({ state: 'unavailable', detail: expect.stringMatching(/pmset/) });
    const text = formatStatus(status, 'text');
    expect(text).toContain('Calls:      sees meeting apps running');
    expect(text).toMatch(/Microphone in use: not visible \(pmset -g assertions is not installed/);
    expect(jamfValue(status)).not.toContain('call-signals');
  });

  it('a status file written before the field still reads', () => {
    const status = buildStatus(statusInputs());
    const { callSignals: _dropped, ...older } = status;
    expect(fleetStatusSchema.parse(older)).toEqual(older);
  });
});

describe('the status window and the tray', () => {
  it('the status window lists every signal with its source or the reason it is missing', async () => {
    const check = callSignalsCheck(await macWithoutPmset(), 'en-GB');
    expect(statusViewSchema.shape.checks.element.parse(check)).toEqual(check);
    expect(check).toMatchObject({ id: 'call-signals', state: 'unknown', summary: expect.stringMatching(/^4 call signals are not visible/) });
    expect(check.evidence.find((e) => e.signal === 'Microphone in use')).toMatchObject({ status: 'unavailable', detail: expect.stringMatching(/pmset/) });
    expect(callSignalsCheck([{ signal: 'microphone', state: 'available', detail: 'x' }, { signal: 'camera', state: 'available', detail: 'y' }], 'cy').summary).toBe('Mae’n gweld pob arwydd galwad sydd gan y gliniadur hwn.');
  });

  const base: TrayInput = { device: { verdict: 'managed', organisation: 'Contoso' }, call: { phase: 'idle', clients: [], noticeShown: false }, recorders: [], noticeAvailable: true, hideQuit: false, language: 'en-GB' };

  it('the tooltip says the microphone cannot be seen, within the 127 characters Windows shows', () => {
    const tooltip = trayModel({ ...base, unseen: ['microphone', 'camera'] }).tooltip;
    expect(tooltip).toBe('Meeting Guard: Laptop managed by Contoso; microphone and camera use not visible');
    expect(trayModel({ ...base, unseen: ['microphone'], language: 'cy' }).tooltip).toMatch(/defnydd meicroffon ddim yn weladwy$/);
    const long = trayModel({ ...base, device: { verdict: 'managed', organisation: 'x'.repeat(120) }, unseen: ['microphone'] }).tooltip;
    expect(long.length).toBeLessThanOrEqual(TOOLTIP_MAX);
    expect(trayModel(base).tooltip).toBe('Meeting Guard: Laptop managed by Contoso');
  });

  it('only a signal found missing counts, not one not read yet', () => {
    const { settings } = resolve({});
    const facts = { device: undefined, call: { phase: 'idle' as const, clients: [], noticeShown: false, recorders: {} }, settings, language: 'en-GB' };
    expect(trayInput({ ...facts, callSignals: [{ signal: 'microphone', state: 'unavailable', detail: NOT_READ_YET }] }).unseen).toBeUndefined();
    expect(trayInput({ ...facts, callSignals: [{ signal: 'microphone', state: 'unavailable', detail: 'pactl is not installed' }] }).unseen).toEqual(['microphone']);
  });
});

describe('meeting-guard signals (this laptop)', () => {
  it('with pw-dump on PATH: every Linux device signal is available, exit 0', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'pw-dump', { stdout: readFileSync(new URL('../../fixtures/calls/pw-dump.json', import.meta.url), 'utf8') });
    const run = await runCliProcess(['signals', '--json'], { env: { PATH: bin } });
    const out = JSON.parse(run.stdout) as { schema: string; signals: SignalStatus[] };
    expect(out.schema).toBe('meeting-guard/call-signals@1');
    expect(out.signals.find((s) => s.signal === 'microphone')).toMatchObject({ state: 'available', detail: 'PipeWire (pw-dump)' });
    expect(run.code).toBe(0);
  });

  it('with neither pw-dump nor pactl: says the microphone is not visible and why, exit 3', async () => {
    const run = await runCliProcess(['signals'], { env: { PATH: await tempDir() } });
    expect(run.stdout).toMatch(/^Microphone in use: not visible \(pw-dump is not installed.*pactl is not installed/m);
    expect(run.code).toBe(3);
  });
});
