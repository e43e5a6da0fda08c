import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { hasChromium } from './support/harness.js';
import { exampleNotices } from './support/world.js';
import { expectNoAxeViolations, screenSuite } from './support/screens.js';
import { noticeText } from '../unit/notice/notice-builder.js';

// The words around a notice follow the notice's language where Meeting Guard has it (en, cy, de), else the UI's;
// wherever they are not in the language of what contains them, they carry their own lang, so a screen reader
// switches voice at the right place.
const germanNotice = fileURLToPath(new URL('../fixtures/notice/shapes/institut-videokonferenzen.md', import.meta.url));
const welshOnlyNotice = fileURLToPath(new URL('../fixtures/notice/shapes/cyngor-cymuned-hybrid.cy.md', import.meta.url));
// A notice in a language Meeting Guard does not speak, built from the unit tests' base notice with French text.
const frenchNotice = noticeText(
  {
    language: 'fr',
    title: 'Avis de confidentialité pour les visioconférences',
    summary: ['Nous tenons certaines réunions par visioconférence.'],
    purposes: ['Tenir les réunions du personnel.'],
    recording: { policy: 'disabled' },
    supervisor: { mayObserve: true, announced: true, purpose: 'former les nouveaux agents' },
    observers: [{ who: 'trainees', label: 'Les internes', via: 'in-call', announced: true }],
  },
  '## À propos\n\nCe texte sert aux essais.\n',
);

/** The text of each element matched, with the language it is in: its own lang or its nearest ancestor's. */
async function languages(page: Page, selector: string): Promise<[string, string | null][]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((el) => [(el as HTMLElement).innerText.trim(), el.closest('[lang]')?.getAttribute('lang') ?? null] as [string, string | null]),
  );
}

describe.skipIf(!hasChromium)('labels around the notice', () => {
  const { show, world } = screenSuite();

  test('a German notice on an English desktop: every word around it is German and marked lang="de"', async () => {
    const laptop = await world({ policy: { organisationName: 'Institut für Küstenforschung Nordsee', noticeFiles: { de: germanNotice } }, locale: 'en-GB' });
    await show('precall', laptop, async (page) => {
      await expect.poll(() => page.locator('#summary-heading').innerText()).toBe('Kurz gefasst');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-GB');
      await expect(languages(page, '#summary-heading, section[aria-labelledby="summary-heading"] .meta')).resolves.toEqual([
        ['Kurz gefasst', 'de-DE'],
        ['Von Institut für Küstenforschung Nordsee e.V. · Zuletzt geändert am 18. März 2025', 'de-DE'],
        // No English variant: the window's language says so, in it, inside the German section.
        ['This notice is not available in British English, so it is shown in German (Germany).', 'en-GB'],
      ]);
      await expect(languages(page, '.checklist h2, #checklist-hint, .checklist label')).resolves.toEqual([
        ['Checkliste für die Gesprächsleitung', 'de'],
        [expect.stringMatching(/^Haken Sie /), 'de'],
        ['Nutzen Sie nur einen dienstlichen Laptop oder einen dienstlichen Computer, kein privates Gerät.', 'de'],
        ['Schalten Sie das Besprechungskennwort oder den Warteraum ein.', 'de'],
        [expect.stringMatching(/^Zeichnen Sie das Gespräch nur bei Bedarf auf/), 'de'],
      ]);
      await expect(languages(page, '.actions button, .ticked')).resolves.toEqual([
        ['0 von 3 abgehakt', 'de'],
        ['Bestätigen und weiter', 'de'],
        ['Nicht jetzt', 'de'],
      ]);
      await page.getByRole('button', { name: 'Den ganzen Hinweis lesen' }).click();
      // The key facts are German like the notice: no row carries a lang of its own.
      await expect(page.locator('#full-notice dl.facts [lang]').count()).resolves.toBe(0);
      await expect(languages(page, '#full-notice dt >> nth=0')).resolves.toEqual([['Verantwortlicher', 'de-DE']]);
      await expectNoAxeViolations(page);
    });
    await show('notice', laptop, async (page) => {
      await expect.poll(() => page.locator('#share-heading').innerText()).toBe('Diesen Hinweis teilen');
      await expect(languages(page, '#share-heading, .share button')).resolves.toEqual([
        ['Diesen Hinweis teilen', 'de'],
        ['Als Text kopieren', 'de'],
        ['Für den Chat kopieren (formatiert)', 'de'],
        ['Als PDF speichern', 'de'],
        ['E-Mail-Entwurf öffnen', 'de'],
      ]);
      await expectNoAxeViolations(page);
    });
  });

  test('an English notice on a Welsh desktop: English labels marked lang="en-GB" inside the Welsh window', async () => {
    const laptop = await world({ policy: { organisationName: 'Glanafon District Council', noticeFiles: { 'en-GB': exampleNotices.teams } }, locale: 'cy' });
    await show('precall', laptop, async (page) => {
      await expect.poll(() => page.locator('#summary-heading').innerText()).toBe('In short');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('cy');
      await expect(languages(page, '#summary-heading, .checklist h2, #checklist-hint')).resolves.toEqual([
        ['In short', 'en-GB'],
        ['Organiser’s checklist', 'en-GB'],
        [expect.stringMatching(/^Tick /), 'en-GB'],
      ]);
      const items = await languages(page, '.checklist label');
      expect(items.length).toBeGreaterThan(0);
      expect(items.every(([, lang]) => lang === 'en-GB')).toBe(true);
      await expect(languages(page, '.actions .buttons button')).resolves.toEqual([
        ['Confirm and continue', 'en-GB'],
        ['Not now', 'en-GB'],
      ]);
      // The window's own words stay Welsh.
      await expect(page.locator('h1').innerText()).resolves.toMatch(/galwad/i);
      await expectNoAxeViolations(page);
    });
  });

  test('a notice in Welsh only on an English desktop: Welsh labels marked lang="cy", and an English line saying why', async () => {
    const laptop = await world({ policy: { organisationName: 'Cyngor Cymuned Bro Eithin', noticeFiles: { cy: welshOnlyNotice } }, locale: 'en-GB' });
    await show('precall', laptop, async (page) => {
      await expect.poll(() => page.locator('#summary-heading').innerText()).toBe('Yn gryno');
      await expect(languages(page, '#summary-heading, .fell-back')).resolves.toEqual([
        ['Yn gryno', 'cy'],
        ['This notice is not available in British English, so it is shown in Welsh.', 'en-GB'],
      ]);
      await expect(languages(page, '.checklist h2, .checklist label, .actions .buttons button')).resolves.toEqual([
        ['Rhestr wirio’r trefnydd', 'cy'],
        ["Mae'r cyfarfod hwn yn cael ei recordio: cyhoeddwch hynny drwy'r agenda a sain.", 'cy'],
        [expect.any(String), 'cy'],
        [expect.any(String), 'cy'],
      ]);
      await expectNoAxeViolations(page);
    });
  });

  test('on a Welsh desktop the screen opens once, in Welsh: it waits for the language instead of loading in English and again', async () => {
    // How often the screen asks for the notice before it stands in the desktop's language. An English desktop's
    // screen mounts once (the language the window starts in); a Welsh one must not mount twice. (The test build
    // runs React's development mode, whose StrictMode runs each effect twice: so compared, not counted.)
    const loads = async (locale: 'en-GB' | 'cy', heading: string) => {
      const laptop = await world({ policy: { organisationName: 'Mairie de Quimperlé', noticeText: { fr: frenchNotice } }, locale });
      let asked = 0;
      const get = laptop.handlers['notice:get'];
      const counted = { ...laptop, handlers: { ...laptop.handlers, 'notice:get': (...args: Parameters<typeof get>) => (asked++, get(...args)) } };
      await show('precall', counted, async (page) => {
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
        await expect.poll(() => page.locator('.checklist legend h2').innerText()).toBe(heading);
      });
      return asked;
    };
    const english = await loads('en-GB', 'Organiser’s checklist');
    expect(english).toBeGreaterThan(0);
    expect(await loads('cy', 'Rhestr wirio’r trefnydd')).toBe(english);
  });

  test('a French notice on a Welsh desktop: Meeting Guard’s words in Welsh, marked lang="cy" inside the French notice', async () => {
    const laptop = await world({ policy: { organisationName: 'Mairie de Quimperlé', noticeText: { fr: frenchNotice } }, locale: 'cy' });
    await show('precall', laptop, async (page) => {
      await expect.poll(() => page.locator('#summary-heading').innerText()).toBe('Yn gryno');
      await expect(languages(page, '#summary-heading, .precall .summary li')).resolves.toEqual([
        ['Yn gryno', 'cy'],
        ['Nous tenons certaines réunions par visioconférence.', 'fr'],
      ]);
      // The checklist and buttons sit outside the notice, in the Welsh window: Welsh without a lang of their own,
      // but for the notice's own name of a group inside a Welsh sentence.
      await expect(page.locator('.actions [lang]').count()).resolves.toBe(0);
      await expect(languages(page, '.checklist label, .checklist [lang]')).resolves.toEqual([
        ["Peidiwch â recordio'r alwad.", 'cy'],
        [expect.stringMatching(/^Os oes goruchwyliwr yn arsylwi/), 'cy'],
        ['Dywedwch wrth bawb ar y dechrau y gall les internes fod yn arsylwi.', 'cy'],
        ['les internes', 'fr'],
      ]);
      await page.locator('button[aria-controls="full-notice"]').click();
      await expect(languages(page, '#section-key-facts')).resolves.toEqual([['Ffeithiau allweddol', 'cy']]);
      await expect(languages(page, '#full-notice dt')).resolves.toContainEqual(['Goruchwyliwr', 'cy']);
      // The notice's own line under a Welsh label is French; Meeting Guard's sentence is Welsh around a French value.
      await expect(languages(page, '#full-notice dd')).resolves.toContainEqual(['Tenir les réunions du personnel.', 'fr']);
      await expect(languages(page, '#full-notice dd span[lang="fr"]')).resolves.toEqual([
        ['former les nouveaux agents', 'fr'],
        ['Les internes', 'fr'],
        ['les internes', 'fr'],
      ]);
      await expect(page.locator('#full-notice dd', { hasText: 'Gall goruchwyliwr' }).getAttribute('lang')).resolves.toBe('cy');
      await expect(languages(page, '#section-a-propos')).resolves.toEqual([['À propos', 'fr']]);
      await expectNoAxeViolations(page);
    });
  });
});
