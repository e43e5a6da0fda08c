import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadNotice, type LoadedNotice } from '../../../electron/core/notice/load-notice.js';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { runCliProcess } from '../../support/cli.js';
import { FIXTURES_DIR } from './notice-helpers.js';

/**
 * The four notices of the issue, written in the shapes real organisations publish (see each file's comment): each is
 * valid, warns only about what is really wrong with it, and says nothing it does not state.
 */
const SHAPES = `${FIXTURES_DIR}shapes/`;
const read = (name: string) => readFileSync(`${SHAPES}${name}`, 'utf8');
const load = (names: string[], language: string): LoadedNotice => {
  const result = loadNotice(names.map((name) => ({ path: name, text: read(name) })), language);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};
const ids = (n: LoadedNotice) => n.checklist.map((i) => i.id);
const labels = (n: LoadedNotice) => n.checklist.map((i) => i.label).join('\n');
const NEVER_UNSTATED = ['Your data is used only during the call.', 'they may refuse', 'let people leave'];

describe('a Welsh council’s recordings notice, layered on each meeting’s invitation', () => {
  const en = load(['cyngor-recordings.md', 'cyngor-recordings.cy.md'], 'en-GB');
  const cy = load(['cyngor-recordings.md', 'cyngor-recordings.cy.md'], 'cy');

  it('describes recordings of some meetings, who makes them and for how long they are kept', () => {
    for (const sentence of ['Some meetings are recorded.', 'Meetings recorded: meetings whose invitation says they will be recorded, and why.', 'Recordings are made by the officer who organises the meeting.', 'Recordings are kept for 60 days.', 'Recording is announced by the invitation and audio at the start of the meeting.', 'withdraw your consent at any time']) {
      expect(en.rendered.text).toContain(sentence);
    }
    for (const unstated of [...NEVER_UNSTATED, 'Calls are not recorded.']) expect(en.rendered.text).not.toContain(unstated);
  });

  it('the checklist says how to announce a recorded meeting, and never "Do not record"', () => {
    expect(ids(en)).toEqual(['work-device', 'invited-only', 'recorded-meeting']);
    expect(labels(en)).toContain('If this meeting is one that is recorded, announce it by the invitation and audio and let people who do not want to be recorded leave.');
    expect(labels(en)).not.toContain('Do not record');
  });

  it('the Welsh variant states the same facts and reads Welsh around them', () => {
    expect(cy.language).toBe('cy');
    const facts = (n: LoadedNotice) => {
      const f = n.notice.facts;
      const { meetings: _m, recordedBy: _r, keptFor, ...recording } = f.recording;
      return { version: f.version, lastModified: f.lastModified, audiences: f.audiences, meetingAccess: f.meetingAccess, clientData: f.clientData, days: [f.retention?.days, keptFor?.days], rights: f.rights?.list, recording, links: f.links.length, sections: n.notice.sections.length };
    };
    expect(facts(cy)).toEqual(facts(en));
    expect(cy.rendered.text).toContain('Mae rhai cyfarfodydd yn cael eu recordio.');
    expect(cy.rendered.text).toContain("Cyhoeddir y recordio drwy'r gwahoddiad a sain ar ddechrau'r cyfarfod.");
    expect(cy.rendered.text).not.toMatch(/In short|Key facts|Recording/);
  });
});

describe('a German research institute’s notice covering four platforms', () => {
  const notice = load(['institut-videokonferenzen.md'], 'de');

  it('reads DE-de as de-DE, keeps the unquoted 2.10 as written, and warns about it at its line', () => {
    const result = parseNotice(read('institut-videokonferenzen.md'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.notice.facts.language).toBe('de-DE');
    expect(result.notice.facts.version).toBe('2.10');
    expect(result.warnings.map((w) => `${w.line}:${w.field}`)).toEqual([`${read('institut-videokonferenzen.md').split('\n').findIndex((l) => l.startsWith('version:')) + 1}:version`]);
  });

  it('names all four platforms with their links, the DPO at an internationalised address, every right in German', () => {
    for (const name of ['Zoom', 'Cisco Webex', 'Microsoft Teams', 'BigBlueButton']) expect(notice.rendered.text).toContain(`Datenschutzerklärung von ${name}`);
    expect(notice.rendered.html).toContain('href="mailto:datenschutz@küstenforschung.example"');
    expect(notice.rendered.text).toContain('Schutz vor ausschließlich automatisierten Entscheidungen, jederzeitiger Widerruf Ihrer Einwilligung und Beschwerde bei der Aufsichtsbehörde.');
  });

  it('has German labels, meta line and checklist throughout: no English around German text', () => {
    expect(notice.rendered.text).toContain('Institut für Küstenforschung Nordsee e.V. · Version 2.10 · zuletzt geändert am 2025-03-18');
    for (const english of ['In short', 'Key facts', 'last updated', 'More information', 'Staff', 'Recording']) expect(notice.rendered.text).not.toContain(english);
    expect(notice.checklist.map((i) => i.label)).toEqual([
      'Nutzen Sie nur einen dienstlichen Laptop oder einen dienstlichen Computer, kein privates Gerät.',
      'Schalten Sie das Besprechungskennwort oder den Warteraum ein.',
      'Zeichnen Sie das Gespräch nur bei Bedarf auf, kündigen Sie die Aufzeichnung dann vorher per Chatnachricht und per Ton an und lassen Sie Personen gehen, die das möchten.',
    ]);
    expect(decodeURIComponent(notice.rendered.mailto)).toContain('[Gekürzt, damit er in einen E-Mail-Link passt: Bitten Sie den Absender um den vollständigen Hinweis.] Datenschutzerklärung des Instituts: https://www.kuestenforschung.example/datenschutz');
  });
});

describe('a council’s notice for webcast statutory public meetings', () => {
  const notice = load(['council-webcast.md'], 'en-GB');

  it('every meeting is recorded and published, with public and press observers, not a supervisor', () => {
    for (const sentence of ['These meetings are always recorded: the public part of Full Council, Cabinet, Planning Committee and Licensing Committee.', 'Recordings are made by Democratic Services.', "Recordings are made available on the council's YouTube channel (https://www.youtube.com/@marshfieldcouncil.example).", 'Members of the public may watch the webcast.', 'The press may observe in person.', 'You will be told when the press may be observing.', 'Public speakers may use a personal device.']) {
      expect(notice.rendered.text).toContain(sentence);
    }
    for (const unstated of [...NEVER_UNSTATED, 'Supervisor', 'Only invited attendees', 'You may refuse', 'Calls are not recorded.', 'Every meeting is recorded.']) expect(notice.rendered.text).not.toContain(unstated);
  });

  it('the checklist: work laptop, announce the webcast, tell everyone the press is there; nothing it does not state', () => {
    expect(notice.checklist.map((i) => i.label)).toEqual([
      'Use only a work laptop, not a personal device.',
      'This meeting is recorded: announce it by the agenda, signs at the venue and audio.',
      'Tell everyone at the start that the press may be observing.',
    ]);
  });

  it('the language tag written EN-GB is read as en-GB', () => {
    expect(notice.language).toBe('en-GB');
    expect(notice.rendered.html).toMatch(/^<article class="mg-notice" lang="en-GB" /);
  });
});

describe('a GP practice’s notice for video consultations with implied consent', () => {
  const notice = load(['practice-video-consultations.md'], 'en-GB');

  it('device rules per audience, consent implied, the phone recorded while the video is not', () => {
    for (const sentence of ['Patients may use a personal device.', 'Staff use only a work computer or a work laptop.', 'By taking part you agree to the call being held this way.', 'Recording of video calls:\n  Calls are not recorded.', 'Telephone calls:\n  Every call is recorded.', 'Recording is announced by audio when you join.', 'You may refuse to be observed by medical students.']) {
      expect(notice.rendered.text).toContain(sentence);
    }
    // The outcome goes into the patient record: nothing may say the data is used only during the call.
    for (const unstated of NEVER_UNSTATED) expect(notice.rendered.text).not.toContain(unstated);
  });

  it('the staff checklist names the staff’s devices only, no work phone', () => {
    expect(notice.checklist.map((i) => i.label)).toEqual([
      'Use only a work computer or a work laptop, not a personal device.',
      'Do not record the call.',
      'If a supervisor is observing, tell the participants first; they may refuse.',
      'Tell everyone at the start that medical students may be observing; participants may refuse.',
    ]);
  });
});

describe('a university’s lecture-recording notice (beyond the issue’s four shapes)', () => {
  const notice = load(['university-lecture-recording.md'], 'en-GB');

  it('says which lectures are recorded, by whom, and where they are made available, never that they are published', () => {
    for (const sentence of [
      'Some meetings are recorded.',
      'Meetings recorded: timetabled lectures; not seminars, tutorials, workshops or question-and-answer sessions unless the lecturer says so.',
      'Recordings are made by the lecturer, using Panopto.',
      "Recordings are made available on the module's Blackboard course, for students enrolled on it.",
      'Recording is announced by audio and signs at the venue at the start of the meeting.',
      'Lecturers may use a work laptop, a work computer or a personal device.',
      'Students may use a personal device.',
    ]) {
      expect(notice.rendered.text).toContain(sentence);
    }
    for (const unstated of [...NEVER_UNSTATED, 'Recordings are published', 'Every meeting is recorded.', 'Live transcription', 'Data Protection Officer:']) expect(notice.rendered.text).not.toContain(unstated);
  });

  it('a draft that writes its own group (who: students) is told how to write it, at the line', () => {
    const draft = read('university-lecture-recording.md').replace('  - who: participants\n    label: Students', '  - who: students\n    label: Students');
    const result = parseNotice(draft);
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.line, e.message])).toEqual([
      ['audiences.1.who', draft.split('\n').indexOf('  - who: students') + 1, expect.stringContaining('write who: participants with its name in label')],
    ]);
  });

  it('lecturers may record on their own devices: no device item; the recording item has no "let people leave"', () => {
    expect(ids(notice)).toEqual(['invited-only', 'recorded-meeting']);
    expect(labels(notice)).toContain('If this meeting is one that is recorded, announce it by audio and signs at the venue.');
  });
});

describe('a community council’s notice in Welsh only, on an English desktop', () => {
  const notice = load(['cyngor-cymuned-hybrid.cy.md'], 'en-GB');

  it('is shown in Welsh with Welsh labels (Meeting Guard speaks Welsh), and says it fell back in English', () => {
    expect(notice.language).toBe('cy');
    expect(notice.labels).toMatchObject({ lang: 'cy', fellBack: false, strings: { summaryHeading: 'Yn gryno' } });
    expect(notice.fallbackMessage).toMatch(/Welsh/);
    expect(notice.fallbackMessageLanguage).toBe('en-GB');
    expect(notice.rendered.html).not.toMatch(/<(h2|dt|dd|p)[^>]* lang=/);
  });

  it('always-recorded meetings named, recorded by the clerk, public and press observers, councillors’ own devices', () => {
    for (const sentence of [
      "Mae'r cyfarfodydd hyn bob amser yn cael eu recordio: cyfarfodydd llawn y cyngor a'i bwyllgorau.",
      "Clerc y cyngor sy'n gwneud y recordiadau.",
      "Aelodau o'r cyhoedd: gallant ymuno â'r alwad i arsylwi.",
      'Y wasg: gallant arsylwi wyneb yn wyneb.',
      "Cynghorwyr a'r clerc: gallant ddefnyddio dyfais bersonol neu liniadur gwaith.",
    ]) {
      expect(notice.rendered.text).toContain(sentence);
    }
    expect(notice.rendered.text).not.toMatch(/Mae pob cyfarfod yn cael ei recordio|Swyddog Diogelu Data:|Goruchwyliwr/);
    expect(notice.checklist.map((i) => i.label)).toEqual(["Mae'r cyfarfod hwn yn cael ei recordio: cyhoeddwch hynny drwy'r agenda a sain."]);
  });
});

describe('meeting-guard notice --check on the shapes', () => {
  it('all valid, read as @2; warnings only for the German notice’s unquoted version (at its line) and the two notices that name no DPO', async () => {
    const run = await runCliProcess(['notice', '--check', 'institut-videokonferenzen.md'], { cwd: SHAPES });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'institut-videokonferenzen.md: valid notice (de-DE, version 2.10, last modified 2025-03-18, 4 sections), read as meeting-guard/notice@2\n' +
        'institut-videokonferenzen.md:12:1: warning: version: YAML reads 2.10 as the number 2.1: Meeting Guard keeps "2.10" as written, but quote it ("2.10") so every reader sees the same\n',
    );
    // The two notices beyond the four name no DPO, as universities and community councils often do: a warning each.
    const expected: Record<string, string[]> = { 'cyngor-recordings.md': [], 'council-webcast.md': [], 'practice-video-consultations.md': [], 'university-lecture-recording.md': ['dpo'], 'cyngor-cymuned-hybrid.cy.md': ['dpo'] };
    for (const [name, warnings] of Object.entries(expected)) {
      const other = await runCliProcess(['notice', '--check', name, '--json'], { cwd: SHAPES });
      const report = JSON.parse(other.stdout);
      expect(report.valid, name).toBe(true);
      expect(report.files.map((f: { format: string; warnings: { field: string }[] }) => [f.format, f.warnings.map((w) => w.field)])).toEqual(report.files.map(() => ['meeting-guard/notice@2', warnings]));
    }
  });
});
