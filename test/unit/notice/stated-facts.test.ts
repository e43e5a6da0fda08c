import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../electron/core/notice/render-markdown.js';
import { esc } from '../../../electron/core/notice/render-html.js';
import type { LoadedNotice } from '../../../electron/core/notice/load-notice.js';
import { loaded } from './notice-builder.js';

/**
 * Render only what the notice states: for each fact, the sentence it gives appears in every share format when the
 * fact is stated, and in none when it is not (the base notice states only what @2 requires). Checklist items are
 * checked in the checklist, which the screens and `--render --format json` show.
 */
type Fact = { fact: string; patch: Record<string, unknown>; says?: string[]; checklist?: string[]; notSaid?: string[]; notInChecklist?: string[] };

const staff = (allowed: string[], personalDevices?: string) => ({ audiences: [{ who: 'staff', devices: { allowed, ...(personalDevices ? { personalDevices } : {}) } }] });
const rec = (recording: Record<string, unknown>) => ({ recording });

const FACTS: Fact[] = [
  { fact: 'data used only during the call', patch: { dataUsedOnlyDuringCall: true }, says: ['Your data is used only during the call.'] },
  { fact: 'data not only used during the call', patch: { dataUsedOnlyDuringCall: false }, notSaid: ['Your data is used only during the call.'] },
  { fact: 'a regulator registration', patch: { controller: { registration: { regulator: 'Information Commissioner’s Office', number: 'Z9' } } }, says: ['Registered with the Information Commissioner’s Office, number Z9.'] },
  { fact: 'a general privacy contact', patch: { privacyContact: { name: 'Information Governance', phone: '01632 960 000' } }, says: ['Privacy contact', 'Information Governance', '01632 960 000'] },
  { fact: 'no DPO, only a privacy contact', patch: { dpo: undefined, privacyContact: { email: 'privacy@trust.example' } }, says: ['Privacy contact', 'privacy@trust.example'], notSaid: ['Data Protection Officer', 'dpo@trust.example'] },
  { fact: 'the platform does not monitor meetings', patch: { platforms: [{ name: 'Zoom', privacyUrl: 'https://zoom.us/privacy', monitorsMeetings: false }] }, says: ['Zoom does not monitor meetings.'] },
  { fact: 'the platform may monitor meetings', patch: { platforms: [{ name: 'Zoom', privacyUrl: 'https://zoom.us/privacy', monitorsMeetings: true }] }, says: ['Zoom may monitor meetings.'] },
  { fact: 'the platform keeps no meetings', patch: { platforms: [{ name: 'Zoom', privacyUrl: 'https://zoom.us/privacy', storesMeetingsAfterCall: false }] }, says: ['Zoom does not keep meetings after they end.'] },
  { fact: 'the platform keeps meetings', patch: { platforms: [{ name: 'Zoom', privacyUrl: 'https://zoom.us/privacy', storesMeetingsAfterCall: true }] }, says: ['Zoom keeps meetings after they end.'] },
  { fact: 'where the platform keeps data', patch: { platforms: [{ name: 'Zoom', privacyUrl: 'https://zoom.us/privacy', dataLocation: 'the EU' }] }, says: ['Where Zoom keeps data: the EU.'] },
  { fact: 'laws named', patch: { legalBasis: { laws: ['Local Government Act 1972'] } }, says: ['Laws: Local Government Act 1972.'] },
  { fact: 'consent implied by attending', patch: { legalBasis: { consent: { impliedByAttending: true } } }, says: ['By taking part you agree to the call being held this way.'] },
  { fact: 'staff use only work laptops, no personal devices', patch: staff(['work-laptop'], 'forbidden'), says: ['Staff use only a work laptop.', 'Staff do not use personal devices.'], checklist: ['Use only a work laptop, not a personal device.'], notInChecklist: ['work phone'] },
  { fact: 'staff devices without a word on personal ones', patch: staff(['work-laptop', 'work-desktop']), says: ['Staff use only a work laptop or a work computer.'], checklist: ['Use only a work laptop or a work computer.'], notSaid: ['personal devices'] },
  { fact: 'patients join on their own device', patch: { audiences: [{ who: 'patients', devices: { allowed: ['personal-device'] } }] }, says: ['Patients may use a personal device.'], notInChecklist: ['Use only'] },
  { fact: 'recording: always', patch: rec({ policy: 'always' }), says: ['Every meeting is recorded.'], notSaid: ['Calls are not recorded.'], notInChecklist: ['Do not record the call.', 'leave'] },
  { fact: 'recording: always, for the meetings it names', patch: rec({ policy: 'always', meetings: 'full council meetings' }), says: ['These meetings are always recorded: full council meetings.'], notSaid: ['Every meeting is recorded.', 'Meetings recorded:'] },
  { fact: 'recording: some meetings, named', patch: rec({ policy: 'some-meetings', meetings: 'training sessions' }), says: ['Some meetings are recorded.', 'Meetings recorded: training sessions.'], notSaid: ['always recorded'] },
  { fact: 'recording: some meetings, named', patch: rec({ policy: 'some-meetings', meetings: 'board meetings held in public' }), says: ['Some meetings are recorded.', 'Meetings recorded: board meetings held in public.'], notInChecklist: ['Do not record the call.'] },
  { fact: 'recording: who records', patch: rec({ policy: 'always', recordedBy: 'Democratic Services' }), says: ['Recordings are made by Democratic Services.'] },
  { fact: 'recording: where published', patch: rec({ policy: 'always', publishedAt: { label: 'the council website', url: 'https://council.example/webcasts' } }), says: ['Recordings are made available on ', 'the council website'] },
  { fact: 'recording: kept for days', patch: rec({ policy: 'always', keptFor: { days: 60 } }), says: ['Recordings are kept for 60 days.'] },
  { fact: 'recording: not kept', patch: rec({ policy: 'some-meetings', keptFor: { days: 0 } }), says: ['Recordings are not kept.'] },
  { fact: 'recording: kept, in the notice’s words', patch: rec({ policy: 'always', keptFor: { summary: 'Webcasts stay online for six years.' } }), says: ['Webcasts stay online for six years.'] },
  { fact: 'participants asked not to record', patch: rec({ policy: 'disabled', participantsAskedNotToRecord: true }), says: ['The record function is switched off for staff.', 'Everyone on the call is asked not to record it.'] },
  { fact: 'always recorded, announced at the start', patch: rec({ policy: 'always', announcement: { by: ['audio'], when: 'at-start' } }), says: ['Recording is announced by audio at the start of the meeting.'], checklist: ['This meeting is recorded: announce it by audio.'], notInChecklist: ['leave'] },
  { fact: 'always recorded, people may leave', patch: rec({ policy: 'always', announcement: { by: ['agenda', 'audio'], participantsMayLeave: true } }), says: ['Recording is announced by the agenda and audio.', 'You may leave the meeting.'], checklist: ['This meeting is recorded: announce it by the agenda and audio and let people who do not want to be recorded leave.'] },
  { fact: 'some recorded, announced', patch: rec({ policy: 'some-meetings', announcement: { by: ['invitation'] } }), checklist: ['If this meeting is one that is recorded, announce it by the invitation.'], says: ['Recording is announced by the invitation.'] },
  { fact: 'recorded if needed, announced on joining', patch: rec({ policy: 'announced', announcement: { by: ['audio', 'video'], when: 'on-joining' } }), says: ['A recording would be announced by audio and video when you join.'], checklist: ['Record the call only if there is a need, and then announce it by audio and video first.'], notInChecklist: ['leave', 'Do not record the call.'] },
  { fact: 'recorded if needed, nothing on how', patch: rec({ policy: 'announced' }), says: ['Calls are not recorded unless there is a need, and then only after an announcement.'], checklist: ['Record the call only if there is a need, and then announce it first.'] },
  { fact: 'transcription off', patch: rec({ policy: 'not-allowed', transcription: 'off' }), says: ['Live transcription is off.'] },
  { fact: 'AI summaries only when announced', patch: rec({ policy: 'not-allowed', aiSummaries: 'announced' }), says: ['AI meeting summaries are used only when announced.'] },
  { fact: 'rules by telephone', patch: { channels: [{ channel: 'phone', recording: { policy: 'always', keptFor: { days: 90 } }, rules: ['Calls to the surgery are recorded for training.'] }] }, says: ['Telephone calls', 'Every call is recorded.', 'Recordings are kept for 90 days.', 'Calls to the surgery are recorded for training.'] },
  { fact: 'a supervisor may observe', patch: { supervisor: { mayObserve: true, purpose: 'training' } }, says: ['A supervisor may join to observe (training).'], notSaid: ['You will be told.', 'You may refuse.'], notInChecklist: ['supervisor'] },
  { fact: 'a supervisor, announced', patch: { supervisor: { mayObserve: true, announced: true, participantMayRefuse: false } }, says: ['A supervisor may join to observe.', 'You will be told.'], notSaid: ['You may refuse.'], checklist: ['If a supervisor is observing, tell the participants first.'], notInChecklist: ['refuse'] },
  { fact: 'a supervisor, refusable', patch: { supervisor: { mayObserve: true, announced: true, participantMayRefuse: true } }, says: ['You may refuse.'], checklist: ['If a supervisor is observing, tell the participants first; they may refuse.'] },
  { fact: 'a supervisor who does not observe', patch: { supervisor: { mayObserve: false, announced: true, participantMayRefuse: true } }, notSaid: ['supervisor', 'You may refuse.'], notInChecklist: ['supervisor'] },
  { fact: 'press observe the webcast, announced', patch: { observers: [{ who: 'press', via: 'webcast', announced: true }] }, says: ['Observers', 'The press may watch the webcast.', 'You will be told when the press may be observing.'], notSaid: ['refuse'], checklist: ['Tell everyone at the start that the press may be observing.'] },
  { fact: 'observers named by the notice, who may be refused', patch: { observers: [{ who: 'trainees', label: 'Medical students', via: 'in-call', announced: true, participantMayRefuse: true }] }, says: ['Medical students may join the call to observe.', 'You may refuse to be observed by medical students.'], checklist: ['Tell everyone at the start that medical students may be observing; participants may refuse.'] },
  { fact: 'observers announced, not refusable', patch: { observers: [{ who: 'press', via: 'in-call', announced: true }] }, says: ['The press may join the call to observe.'], checklist: ['Tell everyone at the start that the press may be observing.'], notInChecklist: ['refuse'] },
  { fact: 'public observe in person', patch: { observers: [{ who: 'public', via: 'in-person', purpose: 'open government' }] }, says: ['Members of the public may observe in person.', 'Why: open government.'], notInChecklist: ['observing'] },
  { fact: 'only invited attendees', patch: { meetingAccess: { onlyInvitedAttendees: true } }, says: ['Only invited attendees are let in.'], checklist: ['Let in only the people you invited.'] },
  { fact: 'password or waiting room', patch: { meetingAccess: { passwordOrLobby: true } }, says: ['A password or waiting room keeps others out.'], checklist: ['Turn on the meeting password or waiting room.'], notInChecklist: ['invited'] },
  { fact: 'a unique invitation', patch: { meetingAccess: { uniqueInvitationPerCustomer: true } }, says: ['Each customer gets an invitation unique to them.'], checklist: ['Send each customer an invitation of their own.'] },
  { fact: 'what the meeting app keeps', patch: { clientData: { keeps: ['names', 'ip-addresses'] }, retention: { days: 0 } }, says: ['The meeting app may keep names and IP addresses.'], notSaid: ['They need not be kept.', 'Users are asked to delete them after use.'] },
  { fact: 'client data need not be kept, deleted after use', patch: { clientData: { keeps: ['names'], needsRetaining: false, deleteAfterUse: true }, retention: { days: 0 } }, says: ['They need not be kept.', 'Users are asked to delete them after use.'] },
  { fact: 'no marketing disclosure', patch: { noMarketingDisclosure: true }, says: ['Your personal information is not disclosed to third parties for marketing, sales or any commercial use.'] },
  { fact: 'marketing not ruled out', patch: { noMarketingDisclosure: false }, says: ['This notice does not rule out disclosure for marketing.'] },
  { fact: 'retention in days', patch: { retention: { days: 30, summary: 'Notes go into your record.' } }, says: ['Kept for 30 days.', 'Notes go into your record.'] },
  { fact: 'nothing from the call kept', patch: { retention: { days: 0 } }, says: ['Nothing from the call itself is kept.'] },
  { fact: 'rights that would lean on an earlier "your data"', patch: { rights: { list: ['rectification', 'erasure', 'portability'] } }, says: ['You have the right to have your data corrected, have your data deleted and take your data elsewhere.'], notSaid: [' it '] },
  { fact: 'every right, withdrawing consent and automated decisions too', patch: { rights: { list: ['informed', 'access', 'withdraw-consent', 'automated-decisions', 'complain'] } }, says: ['You have the right to be told how your data is used, see your data, withdraw your consent at any time, not be subject to decisions made only by automated means and complain to the regulator.'] },
  { fact: 'special category data', patch: { specialCategory: { processed: true, article: 'UK GDPR Article 9(2)(h)', categories: ['health'] } }, says: ['Special category data', 'UK GDPR Article 9(2)(h)'] },
  { fact: 'links', patch: { links: [{ label: 'Our privacy policy', url: 'https://trust.example/privacy' }] }, says: ['More information', 'Our privacy policy'] },
];

const FORMATS: [string, (n: LoadedNotice) => string, (s: string) => string][] = [
  ['text', (n) => n.rendered.text, (s) => s],
  ['markdown', (n) => n.rendered.markdown, escapeMarkdown],
  ['html', (n) => n.rendered.html, esc],
  ['mailto', (n) => decodeURIComponent(new URL(n.rendered.mailto).searchParams.get('body') ?? '').replace(/\r\n/g, '\n'), (s) => s],
];

const base = loaded();
const checklistText = (n: LoadedNotice) => n.checklist.map((i) => i.label).join('\n');

describe('the base notice says only what @2 requires', () => {
  it('has no sentence about data use, devices, supervisors, access, client data, marketing, retention or rights', () => {
    for (const absent of ['only during the call', 'Devices', 'Supervisor', 'Who can join', 'meeting app keeps', 'Marketing', 'How long', 'Your rights', 'You may', 'asked not to record']) {
      expect(base.rendered.text).not.toContain(absent);
    }
    expect(base.checklist.map((i) => i.id)).toEqual(['no-recording']);
  });
});

describe.each(FACTS)('stated fact: $fact', ({ patch, says = [], checklist = [], notSaid = [], notInChecklist = [] }) => {
  const notice = loaded(patch);

  it.each(FORMATS)('%s: says it with the fact, and not without it', (_format, rendered, encode) => {
    for (const sentence of says) {
      expect(rendered(notice)).toContain(encode(sentence));
      expect(rendered(base)).not.toContain(encode(sentence));
    }
    for (const sentence of notSaid) expect(rendered(notice)).not.toContain(encode(sentence));
  });

  it('checklist: has the item with the fact, and not without it', () => {
    for (const item of checklist) {
      expect(checklistText(notice)).toContain(item);
      expect(checklistText(base)).not.toContain(item);
    }
    for (const item of notInChecklist) expect(checklistText(notice)).not.toContain(item);
  });
});

describe('"Do not record the call." comes only from a policy under which nobody records', () => {
  it.each([
    ['not-allowed', true],
    ['disabled', true],
    ['announced', false],
    ['always', false],
    ['some-meetings', false],
  ] as const)('%s: %s', (policy, said) => {
    expect(checklistText(loaded({ recording: { policy } })).includes('Do not record the call.')).toBe(said);
  });
});
