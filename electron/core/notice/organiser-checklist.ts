import type { NoticeFacts } from './notice-schema.js';
import { announcementChannels, devicesPhrase, midSentence, mixed } from './fact-lines.js';
import { labelLanguageFor, labelsFallBack } from './notice-document.js';
import { joinList, translator, type Translate } from '../i18n/translate.js';
import type { StringKey } from '../i18n/en-gb.js';

export type ChecklistItemId =
  | 'work-device'
  | 'invited-only'
  | 'password-or-lobby'
  | 'unique-invitation'
  | 'no-recording'
  | 'announce-recording'
  | 'recorded-meeting'
  | 'supervisor-announced'
  | 'observers-announced';

export interface ChecklistItem {
  id: ChecklistItemId;
  label: string;
  /** Set when the label is in another language than the notice (Meeting Guard does not speak the notice's). */
  lang?: string;
  /**
   * The label in parts, set only when it fell back and holds the notice's own words (a group's name): those parts
   * carry the notice's lang, as the key facts' mixed lines do.
   */
  parts?: { text: string; lang?: string }[];
}

/**
 * The organiser's checklist the notice implies: what staff must do for the notice to be true, each item from stated
 * facts only (devices, recording, supervisor and observers, access). IT's policy may replace it; this is the starting
 * point, in the notice's language (else the reader's, marked with `lang`).
 */
export function organiserChecklist(facts: NoticeFacts, readerLanguage?: string): ChecklistItem[] {
  const t = translator(labelLanguageFor(facts.language, readerLanguage));
  const lang = labelsFallBack(facts.language, t.language) ? { lang: t.language } : {};
  const items: ChecklistItem[] = [];
  const ownLang = lang.lang ? facts.language : undefined;
  const add = (id: ChecklistItemId, key: StringKey, values?: Record<string, string>, own: readonly string[] = []) => {
    const line = mixed(t, key, values ?? {}, own, ownLang).content;
    const parts = line.map((part) => ({ text: part.kind === 'text' ? part.text : '', ...(part.kind === 'text' && part.lang ? { lang: part.lang } : {}) }));
    items.push({ id, label: parts.map((p) => p.text).join(''), ...lang, ...(parts.some((p) => p.lang) ? { parts } : {}) });
  };

  const staff = facts.audiences.find((a) => a.who === 'staff')?.devices;
  if (staff && !staff.allowed.includes('personal-device') && staff.personalDevices !== 'allowed') {
    add('work-device', staff.personalDevices === 'forbidden' ? 'checklist.devicesNoPersonal' : 'checklist.devicesOnly', { devices: devicesPhrase(t, staff.allowed) });
  }
  const access = facts.meetingAccess;
  if (access?.onlyInvitedAttendees === true) add('invited-only', 'checklist.invitedOnly');
  if (access?.passwordOrLobby === true) add('password-or-lobby', 'checklist.passwordOrLobby');
  if (access?.uniqueInvitationPerCustomer === true) add('unique-invitation', 'checklist.uniqueInvitation');
  recordingItem(facts, t, add);
  const s = facts.supervisor;
  if (s?.mayObserve) {
    const key = s.announced === true ? (s.participantMayRefuse === true ? 'checklist.supervisor' : 'checklist.supervisorAnnounce') : s.participantMayRefuse === true ? 'checklist.supervisorRefuse' : undefined;
    if (key) add('supervisor-announced', key);
  }
  const announced = facts.observers.filter((o) => o.announced === true);
  if (announced.length > 0) {
    const who = joinList(t, announced.map((o) => (o.label ? midSentence(t, o.label) : undefined) ?? t(`observerIn.${o.who as 'public' | 'press' | 'trainees'}`)), 'list.and');
    // One group named in the notice's words is marked as such; a list joined in Meeting Guard's words is left whole.
    const own = announced.length === 1 && announced[0]?.label ? ['who'] : [];
    add('observers-announced', announced.every((o) => o.participantMayRefuse === true) ? 'checklist.observersAnnounceRefuse' : 'checklist.observersAnnounce', { who }, own);
  }
  return items;
}

type Add = (id: ChecklistItemId, key: StringKey, values?: Record<string, string>) => void;

function recordingItem(facts: NoticeFacts, t: Translate, add: Add): void {
  const r = facts.recording;
  const a = r.announcement;
  const channels = a ? announcementChannels(t, a.by) : '';
  const leave = a?.participantsMayLeave === true;
  switch (r.policy) {
    case 'not-allowed':
    case 'disabled':
      return add('no-recording', 'checklist.noRecording');
    case 'announced':
      if (!a) return add('announce-recording', 'checklist.announceFirst');
      return add('announce-recording', leave ? 'checklist.announceRecordingLeave' : 'checklist.announceRecording', { channels });
    case 'always':
      if (a) add('recorded-meeting', leave ? 'checklist.recordedAnnounceLeave' : 'checklist.recordedAnnounce', { channels });
      return;
    case 'some-meetings':
      if (a) add('recorded-meeting', leave ? 'checklist.someRecordedAnnounceLeave' : 'checklist.someRecordedAnnounce', { channels });
      return;
  }
}
