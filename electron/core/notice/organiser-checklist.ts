import type { NoticeFacts } from './notice-schema.js';
import { joinList, translator } from '../i18n/translate.js';

export type ChecklistItemId = 'work-device' | 'invited-only' | 'password-or-lobby' | 'unique-invitation' | 'no-recording' | 'announce-recording' | 'supervisor-announced';

export interface ChecklistItem {
  id: ChecklistItemId;
  label: string;
}

/**
 * The organiser's checklist the notice implies: what staff must do for the notice to be true. IT's policy may add to
 * it or switch items off; this is the starting point, in the notice's language.
 */
export function organiserChecklist(facts: NoticeFacts, language = facts.language): ChecklistItem[] {
  const t = translator(language);
  const items: ChecklistItem[] = [];
  const add = (id: ChecklistItemId, label: string) => items.push({ id, label });
  if (facts.devices.personalDevices === 'forbidden') add('work-device', t('checklist.workDevice'));
  if (facts.meetingAccess.onlyInvitedAttendees) add('invited-only', t('checklist.invitedOnly'));
  if (facts.meetingAccess.passwordOrLobby) add('password-or-lobby', t('checklist.passwordOrLobby'));
  if (facts.meetingAccess.uniqueInvitationPerCustomer) add('unique-invitation', t('checklist.uniqueInvitation'));
  const { recording } = facts;
  add('no-recording', t('checklist.noRecording'));
  if (recording.policy === 'announced' && recording.ifNeeded) {
    const channels = joinList(t, recording.ifNeeded.announcedBy.map((c) => t(`channel.${c}`)), 'list.and');
    add('announce-recording', t('checklist.announceRecording', { channels }));
  }
  if (facts.supervisor?.mayObserve) add('supervisor-announced', t('checklist.supervisor'));
  return items;
}
