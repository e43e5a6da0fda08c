import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deviceStatusSchema } from '../../../electron/core/device/types.js';
import { judgePasted, parseKindSchema } from '../../../electron/core/device/parse-kinds.js';
import { fixture } from '../../support/fixtures.js';

const kinds = parseKindSchema.options;
const samples: Record<(typeof kinds)[number], string> = {
  dsregcmd: fixture('device/windows/dsregcmd-hybrid-joined.txt'),
  'reg-enrollments': fixture('device/windows/reg-enrollments-intune.txt'),
  'profiles-status': fixture('device/macos/profiles-ade-jamf.txt'),
  'realm-list': fixture('device/linux/realm-ad.txt'),
  'sssd-conf': fixture('device/linux/sssd-ad.conf'),
  'landscape-conf': fixture('device/linux/landscape-client.conf'),
};

/** Realistic damage: truncation, shuffled lines, dropped lines, injected noise and unicode. */
const mangled = (text: string) =>
  fc.oneof(
    fc.nat(text.length).map((n) => text.slice(0, n)),
    fc.shuffledSubarray(text.split('\n')).map((lines) => lines.join('\n')),
    fc.tuple(fc.nat(text.length), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, noise]) => text.slice(0, at) + noise + text.slice(at)),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
  );

describe('every pasted-output parser', () => {
  for (const kind of kinds) {
    it(`${kind}: never crashes, always answers a valid verdict, and garbage is never "managed" without a reason`, () => {
      fc.assert(
        fc.property(mangled(samples[kind]), (text) => {
          const status = deviceStatusSchema.parse(judgePasted(kind, text));
          if (status.verdict === 'unknown') expect(status.summary).toMatch(/because .+\./);
          if (status.verdict === 'managed') expect(status.evidence.some((e) => e.status === 'positive' && e.weight === 'decisive')).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('reordered dsregcmd sections still give the same verdict', () => {
    const text = samples.dsregcmd.replace(/\r\n/g, '\n');
    const sections = text.split(/(?=\+-{70}\+\n\|)/).filter((s) => s.startsWith('+'));
    fc.assert(
      fc.property(fc.shuffledSubarray(sections, { minLength: sections.length }), (order) => {
        expect(judgePasted('dsregcmd', order.join('')).verdict).toBe('managed');
      }),
      { numRuns: 50 },
    );
  });
});
