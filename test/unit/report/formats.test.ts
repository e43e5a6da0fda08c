import { describe, expect, it } from 'vitest';
import { buildStatus } from '../../../electron/core/report/build-status.js';
import { statusInputs } from '../../support/status.js';
import { formatStatus, jamfValue } from '../../../electron/core/report/formats.js';
import { complianceSettings, intuneRules } from '../../../electron/core/report/intune-compliance.js';
import { fleetStatusSchema } from '../../../electron/core/report/status-model.js';
import { fixture } from '../../support/fixtures.js';
import type { SignalStatus } from '../../../electron/core/calls/signals/signal-status.js';

const inputs = statusInputs;

describe('the fleet status', () => {
  it('carries the verdict, policy, acknowledgement, recorders and cleanup', () => {
    const status = buildStatus(inputs({ recorders: ['OBS Studio', 'Loom', 'OBS Studio'] }));
    expect(status).toMatchObject({
      schema: 'meeting-guard/status@1',
      device: { verdict: 'managed', managedBy: ['Microsoft Entra ID'] },
      notice: { lastAcknowledgedAt: '2026-11-22T14:00:00.000Z' },
      recorders: { active: ['Loom', 'OBS Studio'] },
      cleanup: { mode: 'remind', lastClearedAt: null },
    });
  });

  it('masks an e-mail or IP address that slipped into a message', () => {
    const status = buildStatus(inputs({ policy: { sources: [], errors: ['helpLink: "mailto:alex.morgan@contoso.example" from 10.1.2.3 is not allowed'] } }));
    const text = JSON.stringify(status);
    expect(text).not.toContain('alex.morgan@');
    expect(text).not.toContain('10.1.2.3');
    expect(status.policy.errors[0]).toContain('[e-mail address]');
  });
});

describe('the fleet status as built, without a parse on the way out', () => {
  it('is what the schema makes of it, key for key and in the same order, whatever its inputs carry besides', () => {
    const extra = { detail: 'pw-dump', state: 'available', signal: 'microphone', probe: 'internal' } as unknown as SignalStatus;
    const status = buildStatus(
      inputs({
        state: { lastNoticeAcknowledgedAt: '2026-11-22T14:00:00.000Z', lastCleanupAt: '2026-11-23T08:00:00.000Z' },
        recorders: ['OBS Studio'],
        recordersPresent: ['Loom'],
        problems: ['pw-dump failed at 10.1.2.3'],
        callSignals: [extra, { signal: 'camera', state: 'unavailable', detail: 'no /dev/video*' }],
      }),
    );
    expect(JSON.stringify(status)).toBe(JSON.stringify(fleetStatusSchema.parse(status)));
    expect(status.callSignals?.[0]).toStrictEqual({ signal: 'microphone', state: 'available', detail: 'pw-dump' });
  });
});

describe('report formats', () => {
  it('json round-trips through the documented schema', () => {
    const status = buildStatus(inputs());
    expect(fleetStatusSchema.parse(JSON.parse(formatStatus(status, 'json')))).toEqual(status);
  });

  it('jamf prints one <result> element that Jamf reads as the attribute value', () => {
    const out = formatStatus(buildStatus(inputs({ recorders: ['OBS Studio'] })), 'jamf');
    // Jamf Pro takes the text between <result> and </result> of the script's output.
    const value = /<result>(.*?)<\/result>/s.exec(out)?.[1];
    expect(value).toBe('device=managed; policy-errors=0; recorders=OBS Studio; notice-ack=2026-11-22T14:00:00.000Z; cleanup=never; version=0.1.0');
    expect(out.match(/<result>/g)).toHaveLength(1);
  });

  it('jamf values never break the element', () => {
    const status = buildStatus(inputs({ recorders: ['Evil</result><result>x'] }));
    expect(jamfValue(status)).not.toMatch(/[<>]/);
  });

  it('intune prints compact JSON holding every setting the shipped rules name, with the right types', () => {
    const out = formatStatus(buildStatus(inputs({ recorders: ['Loom'] })), 'intune');
    expect(out.trim()).not.toContain('\n');
    expect(out.trim()).not.toMatch(/:\s/);
    const discovered = JSON.parse(out) as Record<string, unknown>;
    const rules = (JSON.parse(fixture('../../build/fleet/intune-compliance-rules.json')) as { Rules: { SettingName: string; DataType: string; Operand: unknown }[] }).Rules;
    const jsType = { Boolean: 'boolean', Int64: 'number', String: 'string', Version: 'string' } as Record<string, string>;
    for (const rule of rules) {
      expect(discovered).toHaveProperty(rule.SettingName);
      expect(typeof discovered[rule.SettingName]).toBe(jsType[rule.DataType]);
    }
    expect(discovered).toMatchObject({ MeetingGuardDeviceManaged: true, MeetingGuardRecorderActive: true, MeetingGuardPolicyErrors: 0 });
  });

  it('the shipped rules file is what the settings list generates', () => {
    expect(JSON.parse(fixture('../../build/fleet/intune-compliance-rules.json'))).toEqual(intuneRules());
    expect(complianceSettings.map((s) => s.name)).toContain('MeetingGuardDeviceManaged');
  });

  it('text names every part for a person', () => {
    const out = formatStatus(buildStatus(inputs()), 'text');
    expect(out).toContain('Device:     managed (Microsoft Entra ID)');
    expect(out).toContain('Recorders:  none recording');
  });
});
