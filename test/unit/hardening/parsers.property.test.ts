import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fuzzTargets } from '../../support/fuzz-targets.js';
import { mangled } from '../../support/fuzz-inputs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const targets = fuzzTargets(root);

describe('every parser and file format, on damaged and random input', () => {
  for (const target of targets) {
    it(`${target.name}: never throws, and every rejection says what is wrong and where`, () => {
      fc.assert(
        fc.property(mangled(target.sample), (input) => {
          expect(target.judge(input)).not.toBe('unlocated');
        }),
        { numRuns: 200 },
      );
    });
  }

  it('the undamaged samples are accepted (so the properties above test parsers that work)', () => {
    // Landscape's file alone cannot prove registration; the policy fixtures carry deliberate mistakes for their own tests.
    const rejectedOnPurpose = ['device landscape-conf', 'Windows policy (reg query)', 'policy plist', 'policy binary plist', 'policy mobileconfig', 'policy .reg'];
    const rejected = targets.filter((t) => t.judge(t.sample) !== 'accepted').map((t) => t.name);
    expect(rejected).toEqual(rejectedOnPurpose);
  });

  it('a policy file with a wrong value names the key; a broken one names the line', () => {
    const json = targets.find((t) => t.name === 'policy JSON')!;
    expect(json.judge('{"cleanupMode": "sometimes"}')).toBe('located');
    expect(json.judge('{\n  "cleanupMode": "remind",\n  oops\n}')).toBe('located');
    expect(json.judge(json.sample)).toBe('accepted');
  });

  it('CLI arguments: an unknown flag, a bad value and a stray word are each refused naming the command', () => {
    const cli = targets.find((t) => t.name === 'CLI arguments (8 commands)')!;
    expect(cli.judge('report --format jamf')).toBe('accepted');
    for (const line of ['report --format pdf', 'cleanup --wait soon', 'device --jsn', 'watch --interval-ms -5', 'device --json extra']) expect(cli.judge(line), line).toBe('located');
    // A line that names no command goes to all eight: --json alone is fine for some and refused by others.
    expect(cli.judge('--json')).toBe('located');
  });
});

describe('what the fuzzing found (kept as examples)', () => {
  it('a ConsentStore key cut short after a backslash names no app and is not reported as one', () => {
    const consent = targets.find((t) => t.name === 'ConsentStore (reg query)')!;
    const cut = 'HKEY_CURRENT_USER\\\n    LastUsedTimeStart    REG_QWORD    0x1db3f6c2a4e1b20\n    LastUsedTimeStop    REG_QWORD    0x0\n';
    expect(consent.judge(cut)).toBe('accepted'); // would throw "invalid signal" on an app with an empty id
  });

  it('ps printing a bare "/" as the command still gives the process a name', () => {
    const ps = targets.find((t) => t.name === 'ps (macOS)')!;
    expect(ps.judge('    1 /\n')).toBe('accepted');
  });
});
