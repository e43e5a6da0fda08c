import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { loaded, noticeText } from './notice-builder.js';

describe('language tags and addresses as real notices write them', () => {
  it.each([
    ['EN-GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['CY', 'cy'],
    ['de-at', 'de-AT'],
  ])('language %s is read as %s', (written, canonical) => {
    const result = parseNotice(noticeText({ language: written }));
    expect(result.ok && result.notice.facts.language).toBe(canonical);
  });

  it.each(['english', 'en_GB', 'e', 'en-'])('language %s is refused with the field named', (written) => {
    const result = parseNotice(noticeText({ language: written }));
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['language']);
  });

  it.each(['datenschutz@müller-gmbh.example', 'josé@ayuntamiento.example', 'дпо@пример.рф'])('accepts the internationalised address %s and links it', (email) => {
    const notice = loaded({ dpo: { email } });
    expect(notice.rendered.text).toContain(email);
    expect(notice.rendered.html).toContain(`href="mailto:${email}"`);
  });

  it('still refuses an address with a space in it', () => {
    const result = parseNotice(noticeText({ dpo: { email: 'dpo @trust.example' } }));
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['dpo.email']);
  });
});

describe('labels around the notice in the notice’s language', () => {
  const german = loaded({
    language: 'de',
    title: 'Datenschutzhinweis für Videokonferenzen',
    audiences: [{ who: 'staff', devices: { allowed: ['work-laptop', 'work-phone'], personalDevices: 'forbidden' } }],
    recording: { policy: 'announced', announcement: { by: ['audio', 'video'], participantsMayLeave: true } },
    meetingAccess: { onlyInvitedAttendees: true },
    rights: { list: ['access', 'withdraw-consent'] },
  });

  it('a German notice has German headings, meta line, key facts and share subject: no English left', () => {
    const { text, html } = german.rendered;
    for (const english of ['In short', 'Key facts', 'last updated', 'version', 'Staff', 'Recording', 'You have the right']) expect(text).not.toContain(english);
    expect(text).toContain('Kurz gefasst');
    expect(text).toContain('Example Trust · Version 1 · zuletzt geändert am 2025-01-31');
    expect(text).toContain('Beschäftigte nutzen nur einen dienstlichen Laptop oder ein dienstliches Telefon.');
    expect(text).toContain('Eine Aufzeichnung würde per Ton und per Bild angekündigt.');
    expect(text).toContain('Sie haben diese Rechte: Auskunft und jederzeitiger Widerruf Ihrer Einwilligung.');
    expect(html).toMatch(/^<article class="mg-notice" lang="de" /);
    expect(html).not.toMatch(/<(h2|dt|dd|p)[^>]* lang=/);
    expect(decodeURIComponent(german.rendered.mailto)).toContain('subject=Datenschutzhinweis für Videokonferenzen: Example Trust');
  });

  it('the German checklist reads as German and follows the facts', () => {
    expect(german.checklist.map((i) => i.label)).toEqual([
      'Nutzen Sie nur einen dienstlichen Laptop oder ein dienstliches Telefon, kein privates Gerät.',
      'Lassen Sie nur die Personen ein, die Sie eingeladen haben.',
      'Zeichnen Sie das Gespräch nur bei Bedarf auf, kündigen Sie die Aufzeichnung dann vorher per Ton und per Bild an und lassen Sie Personen gehen, die das möchten.',
    ]);
    expect(german.checklist.every((i) => i.lang === undefined)).toBe(true);
  });

  it('the screens get their labels in German too', () => {
    expect(german.labels).toMatchObject({ lang: 'de', fellBack: false, strings: { summaryHeading: 'Kurz gefasst', lastUpdated: 'Zuletzt geändert am {date}', confirm: 'Bestätigen und weiter' } });
  });

  it('the Welsh checklist mutates the joined words', () => {
    const welsh = loaded({ language: 'cy', audiences: [{ who: 'staff', devices: { allowed: ['work-laptop', 'work-phone'], personalDevices: 'forbidden' } }], observers: [{ who: 'public', announced: true }, { who: 'press', announced: true }] });
    expect(welsh.checklist.map((i) => i.label)).toEqual([
      'Defnyddiwch gliniadur gwaith neu ffôn gwaith yn unig, nid dyfais bersonol.',
      "Peidiwch â recordio'r alwad.",
      "Dywedwch wrth bawb ar y dechrau y gall aelodau o'r cyhoedd a'r wasg fod yn arsylwi.",
    ]);
  });

  it('a Welsh sentence that opens with IT’s own words starts with a capital', () => {
    const welsh = loaded({ language: 'cy', recording: { policy: 'some-meetings', recordedBy: "y swyddog sy'n trefnu'r cyfarfod", announcement: { by: ['invitation'] } } });
    expect(welsh.rendered.text).toContain("Y swyddog sy'n trefnu'r cyfarfod sy'n gwneud y recordiadau.");
    expect(welsh.rendered.text).not.toContain("  y swyddog");
  });

  describe('a notice in a language Meeting Guard does not speak (French)', () => {
    const french = loaded({ language: 'fr', title: 'Avis de confidentialité', purposes: ['Tenir la réunion.'], supervisor: { mayObserve: true, announced: true }, recording: { policy: 'disabled' } });

    it('words its labels in British English and marks each with lang, leaving the notice’s own words in French', () => {
      const { html } = french.rendered;
      expect(XMLValidator.validate(`<root>${html}</root>`)).toBe(true);
      expect(html).toMatch(/^<article class="mg-notice" lang="fr" /);
      expect(html).toContain('<p class="mg-notice-meta" lang="en-GB">Example Trust · version 1');
      expect(html).toContain('<h2 id="mg-notice-in-short-heading" lang="en-GB">In short</h2>');
      expect(html).toContain('<dt lang="en-GB">What your data is used for</dt><dd>Tenir la réunion.</dd>');
      expect(html).toContain('<dd lang="en-GB">The record function is switched off for staff.</dd>');
      // The body's own headings are the notice's words: no lang of their own.
      expect(html).toContain('<h2 id="mg-notice-about-heading">About</h2>');
    });

    it('marks the checklist and the screen labels as fallen back', () => {
      expect(french.checklist.map((i) => i.lang)).toEqual(['en-GB', 'en-GB']);
      expect(french.labels).toMatchObject({ lang: 'en-GB', fellBack: true });
    });
  });

  describe('a French notice read on a Welsh desktop: Meeting Guard’s words in the reader’s language', () => {
    const french = loaded(
      {
        language: 'fr',
        title: 'Avis de confidentialité',
        supervisor: { mayObserve: true, announced: true, purpose: 'former les nouveaux agents' },
        recording: { policy: 'disabled' },
      },
      'cy',
    );

    it('words the headings, key facts, checklist and screen labels in Welsh, each marked lang="cy"', () => {
      const { html, text } = french.rendered;
      expect(html).toMatch(/^<article class="mg-notice" lang="fr" /);
      expect(html).toContain('<h2 id="mg-notice-key-facts-heading" lang="cy">Ffeithiau allweddol</h2>');
      expect(html).toContain('<dt lang="cy">Goruchwyliwr</dt>');
      expect(text).not.toContain('Key facts');
      expect(french.checklist.map((i) => i.lang)).toEqual(['cy', 'cy']);
      expect(french.checklist[0]?.label).toBe("Peidiwch â recordio'r alwad.");
      expect(french.labels).toMatchObject({ lang: 'cy', fellBack: true, strings: { summaryHeading: 'Yn gryno' } });
    });

    it('keeps the French value inside a Welsh sentence in its own lang="fr"', () => {
      expect(french.rendered.html).toContain('<dd lang="cy">Gall goruchwyliwr ymuno i arsylwi (<span lang="fr">former les nouveaux agents</span>).</dd>');
      // Plain text has no markup: the sentence reads as before.
      expect(french.rendered.text).toContain('Gall goruchwyliwr ymuno i arsylwi (former les nouveaux agents).');
    });

    it('a checklist item naming the notice’s own group keeps that name in French', () => {
      const observed = loaded({ language: 'fr', recording: { policy: 'disabled' }, observers: [{ who: 'trainees', label: 'Les internes', announced: true }] }, 'cy');
      const item = observed.checklist.find((i) => i.id === 'observers-announced');
      expect(item?.label).toBe('Dywedwch wrth bawb ar y dechrau y gall les internes fod yn arsylwi.');
      expect(item?.parts).toEqual([
        { text: 'Dywedwch wrth bawb ar y dechrau y gall ' },
        { text: 'les internes', lang: 'fr' },
        { text: ' fod yn arsylwi.' },
      ]);
      // Not fallen back: one part, no parts list.
      expect(loaded({ observers: [{ who: 'trainees', label: 'Medical students', announced: true }] }).checklist.every((i) => i.parts === undefined)).toBe(true);
    });

    it('the same notice read with no reader language falls back to British English, as the command line does', () => {
      const cli = loaded({ language: 'fr', supervisor: { mayObserve: true, purpose: 'former les nouveaux agents' } });
      expect(cli.labels.lang).toBe('en-GB');
      expect(cli.rendered.html).toContain('<dd lang="en-GB">A supervisor may join to observe (<span lang="fr">former les nouveaux agents</span>).</dd>');
    });
  });

  it('marks every value in the notice’s words inside a fallen-back sentence, and only those', () => {
    const french = loaded({
      language: 'fr',
      controller: { registration: { regulator: 'CNIL', number: '1234567' } },
      platforms: [{ name: 'Zoom', privacyUrl: 'https://zoom.example/privacy', dataLocation: 'Union européenne' }],
      audiences: [{ who: 'staff', label: 'Les agents', devices: { allowed: ['work-laptop'] } }],
      recording: { policy: 'some-meetings', meetings: 'les séances du conseil', recordedBy: 'le greffe', publishedAt: { label: 'la chaîne du conseil', url: 'https://conseil.example/videos' }, announcement: { by: ['audio'] } },
      observers: [{ who: 'public', via: 'webcast', purpose: 'transparence des débats' }],
    });
    const { html } = french.rendered;
    for (const value of ['CNIL', 'Union européenne', 'Les agents', 'les séances du conseil', 'le greffe', 'la chaîne du conseil', 'transparence des débats']) {
      expect(html).toContain(`<span lang="fr">${value}</span>`);
    }
    // Meeting Guard's own words and a product's name are not the notice's: no lang="fr" on them.
    expect(html).not.toContain('<span lang="fr">Zoom</span>');
    expect(html).not.toMatch(/<span lang="fr">[^<]*(work laptop|members of the public)/);
  });

  it('an en-US notice keeps British labels without marking them: still English', () => {
    const us = loaded({ language: 'en-US' });
    expect(us.rendered.html).not.toMatch(/<(h2|dt|dd|p)[^>]* lang=/);
    expect(us.labels.fellBack).toBe(false);
  });
});
