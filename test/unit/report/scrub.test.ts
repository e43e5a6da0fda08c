import { describe, expect, it } from 'vitest';
import { scrubDeep, scrubText } from '../../../electron/core/report/scrub.js';

// Messages shaped like the ones a status carries: a policy error quoting a value, a tool's error text, times, paths.
describe('scrubbing what Meeting Guard writes about itself', () => {
  it('masks e-mail and IP addresses wherever they stand', () => {
    expect(scrubText('helpLink: "mailto:alex.morgan@contoso.example" is not allowed')).toBe('helpLink: "mailto:[e-mail address]" is not allowed');
    expect(scrubText('10.1.2.3')).toBe('[IP address]');
    expect(scrubText('proxy at 192.168.0.10:8080 refused (from 10.0.0.1)')).toBe('proxy at [IP address]:8080 refused (from [IP address])');
    expect(scrubText('a@b.cd')).toBe('[e-mail address]');
    expect(scrubText('fe80::1ff:fe23:4567:890a on eth0')).not.toMatch(/fe80|890a/);
    expect(scrubText('bound to ::1 and 2001:db8::8a2e:370:7334')).toContain('[IP address]');
    expect(scrubText('alex@contoso.example at 10.1.2.3')).toBe('[e-mail address] at [IP address]');
  });

  it('leaves times, versions, paths and near misses as they are', () => {
    for (const text of ['2026-12-01T16:38:13.835Z', '0.1.0', '1.2.3', '/etc/meeting-guard/policies/managed/10-council.json', 'v1.2.3.', 'at 16:38:13', 'a@b', '@', 'one.two.three', '', '999.1.2.3']) {
      expect(scrubText(text), text).toBe(text);
    }
  });

  it('scrubs every string inside a value and keeps the rest', () => {
    expect(scrubDeep({ a: ['x 10.1.2.3', 3, null], b: { c: 'y@z.io' }, d: true })).toStrictEqual({ a: ['x [IP address]', 3, null], b: { c: '[e-mail address]' }, d: true });
  });
});
