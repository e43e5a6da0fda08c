import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAILTO_MAX_LENGTH, mailtoUrl } from '../../../electron/core/notice/mailto.js';
import { loadNotice } from '../../../electron/core/notice/load-notice.js';
import { example } from './notice-helpers.js';

function parts(url: string) {
  const parsed = new URL(url);
  return { to: decodeURIComponent(parsed.pathname), subject: parsed.searchParams.get('subject'), body: parsed.searchParams.get('body') };
}

describe('mailtoUrl', () => {
  it('keeps a short body whole, with CRLF line breaks and %20 spaces as RFC 6068 asks', () => {
    const url = mailtoUrl({ subject: 'Notice: A & B', body: 'line one\nline two', to: ['dpo@example.org'], shortenedNote: 'cut' });
    expect(url).toBe('mailto:dpo@example.org?subject=Notice%3A%20A%20%26%20B&body=line%20one%0D%0Aline%20two');
    expect(parts(url).body).toBe('line one\r\nline two');
  });

  it('cuts a long body at a line break, says so, and stays within the limit', () => {
    const body = Array.from({ length: 200 }, (_, i) => `Line ${i} of the notice.`).join('\n');
    const url = mailtoUrl({ subject: 'Notice', body, shortenedNote: 'Full notice: https://example.org/privacy' });
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const decoded = parts(url).body ?? '';
    expect(decoded.endsWith('\r\n\r\nFull notice: https://example.org/privacy')).toBe(true);
    const kept = decoded.split('\r\n\r\nFull notice')[0]?.split('\r\n') ?? [];
    expect(kept.length).toBeGreaterThan(10);
    expect(kept).toEqual(body.split('\n').slice(0, kept.length));
  });

  it('never exceeds the limit and always decodes, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.integer({ min: 20, max: 4000 }), (subject, body, max) => {
        const url = mailtoUrl({ subject, body, shortenedNote: 'shortened', maxLength: max });
        expect(url.length).toBeLessThanOrEqual(max);
        expect(() => parts(url)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the e-mail draft of a loaded notice', () => {
  it('is the same plain text the clipboard gets, shortened with a link to the full notice', () => {
    const result = loadNotice([{ path: 'g.md', text: example('glanafon-teams.md') }], 'en-GB');
    if (!result.ok) throw new Error('invalid');
    const { rendered, notice } = result.value;
    expect(rendered.mailto.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { subject, body } = parts(rendered.mailto);
    expect(subject).toBe(`${notice.facts.title}: Glanafon District Council`);
    const [kept, note] = (body ?? '').split('\r\n\r\n[Shortened');
    expect(rendered.text.replace(/\n/g, '\r\n').startsWith(kept ?? 'missing')).toBe(true);
    // Under the notice's own label: the link is the council's privacy policy, not necessarily this notice.
    expect(note).toContain('Our full privacy policy: https://www.glanafon.example/privacy');
    expect(note).not.toMatch(/The full notice:/);
  });
});
