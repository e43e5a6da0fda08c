import { describe, expect, it } from 'vitest';
import { loadNotice, type NoticeVariantSource } from '../../../electron/core/notice/load-notice.js';
import { readNoticeVariants, NoticeFileError } from '../../../electron/core/notice/notice-files.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { example, withLine } from './notice-helpers.js';

const en: NoticeVariantSource = { path: 'glanafon-teams.md', text: example('glanafon-teams.md') };
const cy: NoticeVariantSource = { path: 'glanafon-teams.cy.md', text: example('glanafon-teams.cy.md') };

function loaded(variants: NoticeVariantSource[], language: string, fallback?: string) {
  const result = loadNotice(variants, language, fallback);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('loadNotice picks a language variant with a fallback', () => {
  it('gives the Welsh variant for cy and for cy-GB, with no fallback message', () => {
    for (const tag of ['cy', 'cy-GB', 'CY']) {
      const { value } = loaded([en, cy], tag);
      expect(value.language).toBe('cy');
      expect(value.fallbackMessage).toBeUndefined();
      expect(value.rendered.text).toContain('Yn gryno');
    }
  });

  it('treats en-US as English, not as a fallback', () => {
    const { value } = loaded([en, cy], 'en-US');
    expect(value.language).toBe('en-GB');
    expect(value.fallbackMessage).toBeUndefined();
  });

  it('falls back to the fallback language for a language with no variant, and says so in the language asked for', () => {
    const de = loaded([cy, en], 'de', 'en-GB').value;
    expect(de.language).toBe('en-GB');
    const inGerman = new Intl.DisplayNames(['de'], { type: 'language' });
    expect(de.fallbackMessage).toBe(`Dieser Hinweis liegt in der gewünschten Sprache (Deutsch) nicht vor und wird daher in einer anderen Sprache (${inGerman.of('en-GB')}) angezeigt.`);
    expect(de.fallbackMessageLanguage).toBe('de');
    const french = loaded([cy, en], 'fr', 'en-GB').value;
    expect(french.fallbackMessage).toBe('This notice is not available in French, so it is shown in British English.');
    expect(french.fallbackMessageLanguage).toBe('en-GB');
    const onlyEnglish = loaded([en], 'cy').value;
    expect(onlyEnglish.fallbackMessage).toContain('(Cymraeg)');
    expect(onlyEnglish.available).toEqual(['en-GB']);
  });

  it('falls back to the first valid variant when even the fallback is missing', () => {
    expect(loaded([cy], 'de', 'en-GB').value.language).toBe('cy');
  });

  it('reports a broken variant and still shows a good one', () => {
    const broken = { path: cy.path, text: withLine(cy.text, 'lastModified:', 'lastModified: yesterday') };
    const result = loaded([en, broken], 'cy');
    expect(result.value.language).toBe('en-GB');
    expect(result.problems).toEqual([{ path: 'glanafon-teams.cy.md', errors: [expect.objectContaining({ field: 'lastModified' })] }]);
  });

  it('fails with every problem when no variant is valid', () => {
    const result = loadNotice([{ path: 'x.md', text: 'not a notice' }], 'en-GB');
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.errors[0]?.line).toBe(1);
  });

  it('warns when variants are at different versions, and refuses two variants of one language', () => {
    const older = { path: cy.path, text: withLine(cy.text, 'version:', 'version: "4"') };
    expect(loaded([en, older], 'en-GB').warnings[0]).toContain('different versions (5, 4)');
    const twice = loaded([en, { path: 'copy.md', text: en.text }], 'en-GB');
    expect(twice.problems).toEqual([{ path: 'copy.md', errors: [expect.objectContaining({ field: 'language' })] }]);
  });

  it('derives the organiser checklist from the notice, in its language', () => {
    expect(loaded([en], 'en-GB').value.checklist.map((i) => i.id)).toEqual(['work-device', 'invited-only', 'password-or-lobby', 'unique-invitation', 'no-recording', 'supervisor-announced']);
    const zoom = loaded([{ path: 'z.md', text: example('harbourline-zoom.md') }], 'en-GB').value.checklist;
    expect(zoom.find((i) => i.id === 'announce-recording')?.label).toBe('Record the call only if there is a need, and then announce it by audio and video first and let people leave.');
    expect(zoom.some((i) => i.id === 'unique-invitation' || i.id === 'supervisor-announced')).toBe(false);
    expect(loaded([en, cy], 'cy').value.checklist[0]?.label).toContain('gliniadur gwaith');
  });
});

describe('readNoticeVariants finds the variants beside the file IT names', () => {
  it('reads the file named first, then its language siblings, and nothing else', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'notice.md': 'en', 'notice.cy.md': 'cy', 'notice.en-US.md': 'us', 'notice-old.md': 'no', 'other.cy.md': 'no', 'notice.md.bak': 'no' });
    const fromCy = await readNoticeVariants('notice.cy.md', { cwd: dir });
    expect(fromCy.map((v) => v.path)).toEqual(['notice.cy.md', 'notice.en-US.md', 'notice.md']);
    expect(fromCy.map((v) => v.text)).toEqual(['cy', 'us', 'en']);
  });

  it('says what is wrong with a path that is missing or a folder', async () => {
    const dir = await tempDir();
    await expect(readNoticeVariants('missing.md', { cwd: dir })).rejects.toThrow(new NoticeFileError('missing.md: no such file'));
    await expect(readNoticeVariants(dir)).rejects.toThrow('is not a file');
  });
});
