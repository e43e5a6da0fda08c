import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signalReadingSchema } from '../../../electron/core/calls/signals/signal-reading.js';
import { FIXTURES, fixture } from '../../support/fixtures.js';
import { runCliProcess } from '../../support/cli.js';

describe('meeting-guard signals --parse', () => {
  const cases = [
    ['pmset-assertions', 'calls/signals/pmset-facetime-call.txt', true, 0],
    ['pmset-assertions', 'calls/signals/pmset-playback-only.txt', false, 1],
    ['pmset-assertions', 'calls/signals/pmset-unknown-app-microphone.txt', null, 3],
    ['teams-log', 'calls/signals/teams-new-meeting-with-declined-call.log', true, 0],
    ['teams-log', 'calls/signals/teams-classic-call-left.txt', false, 1],
    ['consent-store', 'calls/signals/consent-store-hkcu-hklm.txt', true, 0],
    ['pactl', 'calls/pactl-source-outputs-empty.txt', false, 1],
    ['pw-dump', 'calls/pw-dump.json', true, 0],
  ] as const;

  it.each(cases)('%s %s → inCall %s (exit %i)', async (kind, file, inCall, code) => {
    const run = await runCliProcess(['signals', '--parse', kind, join(FIXTURES, file), '--json']);
    expect(run.stderr).toBe('');
    const reading = signalReadingSchema.parse(JSON.parse(run.stdout));
    expect(reading.inCall).toBe(inCall);
    expect(run.code).toBe(code);
  });

  it('process-args: a join link exits 0, a plain start 1; reads standard input with "-"', async () => {
    const join = await runCliProcess(['signals', '--parse', 'process-args', '-', '--json'], { input: fixture('calls/signals/process-args-teams-windows.txt') });
    expect(JSON.parse(join.stdout)).toMatchObject({ joinIntent: true, clients: [{ id: 'teams' }] });
    expect(join.code).toBe(0);
    const plain = await runCliProcess(['signals', '--parse', 'process-args'], { input: fixture('calls/signals/process-args-teams-autostart.txt') });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('Join link:       no');
  });

  it('text output names the owners and the evidence', async () => {
    const run = await runCliProcess(['signals', '--parse', 'pmset-assertions', join(FIXTURES, 'calls/signals/pmset-zoom-meeting-and-screen-recording.txt')]);
    expect(run.stdout).toContain('Microphone:      yes (Zoom, pid 2231)');
    expect(run.stdout).toContain('Describe Activity Type');
  });

  it('explains usage mistakes with exit code 2, and a missing file with 3', async () => {
    const unknownKind = await runCliProcess(['signals', '--parse', 'pmset']);
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toContain('unknown kind "pmset"; expected one of pmset-assertions, teams-log, consent-store, pactl, pw-dump, process-args');
    const fileWithoutKind = await runCliProcess(['signals', 'pmset.txt']);
    expect(fileWithoutKind.code).toBe(2);
    expect(fileWithoutKind.stderr).toContain('a FILE is only read with --parse KIND');
    const missing = await runCliProcess(['signals', '--parse', 'pactl', 'no-such-file.txt']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read no-such-file.txt: no such file');
  });
});
