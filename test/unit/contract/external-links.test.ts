import { describe, expect, test } from 'vitest';
import { checkExternalUrl } from '../../../electron/core/contract/external-links.js';

const allowed = ['https://zoom.us/privacy', 'mailto:dpo@example.org', 'https://www.breckland.gov.uk/privacy'];

describe('checkExternalUrl', () => {
  test('opens a link the notice gives, in its re-serialised form', () => {
    expect(checkExternalUrl('https://zoom.us/privacy', allowed)).toBe('https://zoom.us/privacy');
    expect(checkExternalUrl('HTTPS://ZOOM.US/privacy', allowed)).toBe('https://zoom.us/privacy');
    expect(checkExternalUrl('mailto:dpo@example.org', allowed)).toBe('mailto:dpo@example.org');
  });

  test.each([
    ['http://zoom.us/privacy', /Only https and mailto/],
    ['javascript:alert(1)', /Only https and mailto/],
    ['file:///etc/passwd', /Only https and mailto/],
    ['https://zoom.us@evil.example/privacy', /user name or password/],
    ['https://zoom.us/privacy/../../evil', /not one your organisation/],
    ['https://evil.example/', /not one your organisation/],
    ['not a url', /not a link that can be opened/],
  ])('refuses %s', (url, message) => {
    expect(() => checkExternalUrl(url, allowed)).toThrow(message);
  });
});
