import { describe, expect, it } from 'vitest';
import { enGB } from '../../../electron/core/i18n/en-gb.js';
import { cy } from '../../../electron/core/i18n/cy.js';
import { de } from '../../../electron/core/i18n/de.js';
import { joinList, placeholders, resolveUiLanguage, translator } from '../../../electron/core/i18n/translate.js';
import { aspirateMutation, softMutation } from '../../../electron/core/i18n/welsh-mutation.js';

describe('UI string tables', () => {
  // Only strings that are names, pure placeholders or words both languages share may read the same as English.
  it.each([
    ['Welsh', cy, ['tray.tooltip', 'tray.unseen.camera', 'audience.staff', 'share.subject']],
    ['German', de, ['tray.tooltip', 'screen.linksHeading', 'share.subject']],
  ] as const)('%s has exactly the English keys, each with the same placeholders and no leftover English', (_name, table, same) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(enGB).sort());
    for (const key of Object.keys(enGB) as (keyof typeof enGB)[]) {
      expect(placeholders(table[key]), key).toEqual(placeholders(enGB[key]));
      expect(table[key].trim().length, key).toBeGreaterThan(0);
    }
    expect((Object.keys(enGB) as (keyof typeof enGB)[]).filter((k) => table[k] === enGB[k])).toEqual(same);
  });

  it('resolves requested languages to a table', () => {
    expect(['cy', 'cy-GB', 'CY', 'en', 'en-US', 'de', undefined, ''].map(resolveUiLanguage)).toEqual(['cy', 'cy', 'cy', 'en-GB', 'en-GB', 'en-GB', 'en-GB', 'en-GB']);
  });

  it('fills placeholders and leaves a missing one visible rather than writing "undefined"', () => {
    const t = translator('en-GB');
    expect(t('menu.device.managedBy', { organisation: 'Acme' })).toBe('Laptop managed by Acme');
    expect(t('menu.device.managedBy')).toBe('Laptop managed by {organisation}');
  });

  it('joins lists in each language, applying Welsh mutations after "a" and "neu"', () => {
    expect(joinList(translator('en-GB'), ['a', 'b', 'c'], 'list.and')).toBe('a, b and c');
    const t = translator('cy');
    expect(joinList(t, ['sain', 'fideo'], 'list.and')).toBe('sain a fideo');
    expect(joinList(t, ['enwau', 'cyfeiriadau IP'], 'list.and')).toBe('enwau a chyfeiriadau IP');
    expect(joinList(t, ['enwau', 'e-byst'], 'list.and')).toBe('enwau ac e-byst');
    expect(joinList(t, ['gliniadur gwaith', 'dyfais bersonol'], 'list.or')).toBe('gliniadur gwaith neu ddyfais bersonol');
    expect(joinList(t, ['x'], 'list.and')).toBe('x');
    expect(joinList(t, ['OBS Studio', 'Camtasia'], 'list.and')).toBe('OBS Studio a Camtasia');
    expect(joinList(t, ["aelodau o'r cyhoedd", 'y wasg'], 'list.and')).toBe("aelodau o'r cyhoedd a'r wasg");
    expect(joinList(t, ['sain', 'yr agenda'], 'list.and')).toBe("sain a'r agenda");
    expect(joinList(t, ['sain', 'y gwahoddiad'], 'list.or')).toBe("sain neu'r gwahoddiad");
    expect(joinList(translator('de'), ['per Ton', 'per Bild'], 'list.and')).toBe('per Ton und per Bild');
  });

  it('says "ac" before a count Welsh reads with a vowel (un, wyth, un deg …), "a" before the others', () => {
    const t = translator('cy');
    const and = (count: string) => joinList(t, ['2 e-bost', `${count} cyfeiriad IP`], 'list.and').split(' ')[2];
    expect(['1', '8', '11', '18', '80', '86', '800', '8,000', '11,000'].map(and)).toEqual(Array(9).fill('ac'));
    expect(['2', '3', '10', '20', '100', '180', '1,000', '1,800', '2,000'].map(and)).toEqual(Array(9).fill('a'));
  });

  it('mutates only the letters Welsh mutates, keeping capitals and digraphs', () => {
    expect(['Camtasia', 'pobl', 'teams', 'OBS', 'chwarae', 'Llandudno', 'rhaglen', 'gair'].map(softMutation)).toEqual(['Gamtasia', 'bobl', 'deams', 'OBS', 'chwarae', 'Landudno', 'raglen', 'air']);
    expect(['Camtasia', 'pobl', 'teams', 'ffôn', 'thema'].map(aspirateMutation)).toEqual(['Chamtasia', 'phobl', 'theams', 'ffôn', 'thema']);
  });
});
