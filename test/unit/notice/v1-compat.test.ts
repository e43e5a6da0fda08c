import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadNotice, type LoadedNotice } from '../../../electron/core/notice/load-notice.js';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { EXAMPLES, FIXTURES_DIR, example } from './notice-helpers.js';

/**
 * test/fixtures/notice/v1/ holds the shipped examples exactly as they were in meeting-guard/notice@1, as IT deployed
 * them; build/notices/ has the same notices written in @2. An @1 file must keep meaning what it meant: every share
 * format and the checklist read the same from either.
 */
const v1 = (name: string) => readFileSync(`${FIXTURES_DIR}v1/${name}`, 'utf8');
const load = (text: string, name: string): LoadedNotice => {
  const result = loadNotice([{ path: name, text }], 'en-GB');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe.each(EXAMPLES)('%s written in @1 and in @2', (name) => {
  const old = load(v1(name), name);
  const now = load(example(name), name);

  it('is read as the format it is written in', () => {
    expect([old.notice.format, now.notice.format]).toEqual(['meeting-guard/notice@1', 'meeting-guard/notice@2']);
  });

  it.each(['text', 'markdown', 'html', 'mailto'] as const)('renders the same %s', (format) => {
    expect(old.rendered[format]).toBe(now.rendered[format]);
  });

  it('gives the same checklist and the same facts', () => {
    expect(old.checklist).toEqual(now.checklist);
    const { format: _a, ...oldFacts } = old.notice.facts;
    const { format: _b, ...newFacts } = now.notice.facts;
    expect(oldFacts).toEqual(newFacts);
  });
});

describe('an @1 file that leaves a default out', () => {
  const source = v1('harbourline-zoom.md').replace('dataUsedOnlyDuringCall: true\n', '').replace('  deleteAfterUse: true\n', '');

  it('still says what @1 said for it, as @1 always did', () => {
    const loaded = load(source, 'n.md');
    expect(loaded.rendered.text).toContain('Your data is used only during the call.');
    expect(loaded.rendered.text).toContain('Users are asked to delete them after use.');
  });

  it('gets a warning for each sentence that came from a default, at the field it belongs to', () => {
    const result = parseNotice(source);
    if (!result.ok) throw new Error('invalid');
    expect(result.warnings.map((w) => w.field)).toEqual(['dataUsedOnlyDuringCall', 'clientData.deleteAfterUse']);
    expect(result.warnings[0]?.message).toContain('meeting-guard/notice@2');
    const lines = source.split('\n');
    expect(lines[(result.warnings[1]?.line ?? 0) - 1]).toBe('clientData:');
  });
});
