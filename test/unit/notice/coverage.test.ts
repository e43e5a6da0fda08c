import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import type { Notice } from '../../../electron/core/notice/notice-model.js';
import { renderText } from '../../../electron/core/notice/render-text.js';
import { buildNoticeDocument } from '../../../electron/core/notice/notice-document.js';
import { example } from './notice-helpers.js';

/**
 * Every section and topic of the two published video-conferencing notices this project grew from (a consultancy's
 * notice for Zoom, and a district council's customer contact centre notice for Microsoft Teams), plus the sections other
 * organisations' notices add. The shipped examples together must express each one, as a named field or a section.
 */
const english = (['harbourline-zoom.md', 'glanafon-teams.md'] as const).map((name) => {
  const result = parseNotice(example(name));
  if (!result.ok) throw new Error(`${name} is invalid`);
  return result.notice;
});

const staffDevices = (n: Notice) => n.facts.audiences.find((a) => a.who === 'staff')?.devices;
const sectionText = (n: Notice) => renderText(buildNoticeDocument(n)).toLowerCase();
const hasSection = (pattern: RegExp) => (n: Notice) => n.sections.some((s) => pattern.test(s.heading.toLowerCase()));
const says = (pattern: RegExp) => (n: Notice) => pattern.test(sectionText(n));

const published: [string, (n: Notice) => boolean][] = [
  ['what this privacy notice covers', hasSection(/what this privacy notice covers/)],
  ['data controller named, with what it is responsible for', (n) => n.facts.controller.name.length > 0 && n.facts.controller.scope !== undefined],
  ['DPO by e-mail', (n) => n.facts.dpo?.email !== undefined],
  ['DPO by phone', (n) => n.facts.dpo?.phone !== undefined],
  ['DPO by post', (n) => n.facts.dpo?.post !== undefined],
  ['the platform named with its privacy link (Zoom)', (n) => n.facts.platforms.some((p) => p.client === 'zoom' && p.privacyUrl.startsWith('https://'))],
  ['the platform named with its privacy link (Teams)', (n) => n.facts.platforms.some((p) => p.client === 'teams' && p.privacyUrl.startsWith('https://'))],
  ['why we need your personal data', hasSection(/why we need your personal data/)],
  ['work laptop or work phone only', (n) => staffDevices(n)?.allowed.join() === 'work-laptop,work-phone'],
  ['personal devices not to be used', (n) => staffDevices(n)?.personalDevices === 'forbidden'],
  ['purposes: answer queries, pass to specialists', (n) => n.facts.purposes.some((p) => /specialist/.test(p))],
  ['legal basis UK GDPR Art. 6.1(e)', (n) => /6\(1\)\(e\)/.test(n.facts.legalBasis.article)],
  ['laws named: Local Government Act and Localism Act', (n) => n.facts.legalBasis.laws.some((l) => /Local Government Act/.test(l)) && n.facts.legalBasis.laws.some((l) => /Localism Act/.test(l))],
  ["processing under a department's own notice", (n) => /department/.test(n.facts.legalBasis.description ?? '')],
  ['special category data under Art. 9.2 with its categories', (n) => n.facts.specialCategory?.processed === true && /9\(2\)/.test(n.facts.specialCategory.article ?? '') && n.facts.specialCategory.categories.length === 9],
  ['how your data is used', hasSection(/how your data is used/)],
  ['data used only during the call', (n) => n.facts.dataUsedOnlyDuringCall === true],
  ['participants asked not to record', (n) => n.facts.recording.participantsAskedNotToRecord === true],
  ['organiser admits only invited attendees', (n) => n.facts.meetingAccess?.onlyInvitedAttendees === true],
  ['password facility', (n) => n.facts.meetingAccess?.passwordOrLobby === true],
  ['a unique invitation per customer', (n) => n.facts.meetingAccess?.uniqueInvitationPerCustomer === true],
  ['the platform does not monitor or store meetings', (n) => n.facts.platforms.some((p) => p.monitorsMeetings === false && p.storesMeetingsAfterCall === false)],
  ['recording only if needed: alert by audio and video on joining, option to leave', (n) => n.facts.recording.policy === 'announced' && n.facts.recording.announcement?.by.join() === 'audio,video' && n.facts.recording.announcement.when === 'on-joining' && n.facts.recording.announcement.participantsMayLeave === true],
  ['record function disabled for officers', (n) => n.facts.recording.policy === 'disabled'],
  ['a supervisor may observe for training, announced, customer may refuse', (n) => n.facts.supervisor?.mayObserve === true && n.facts.supervisor.announced === true && n.facts.supervisor.participantMayRefuse === true && /training/.test(n.facts.supervisor.purpose ?? '')],
  ['the client may keep names, e-mails (login) and IP addresses', (n) => ['names', 'emails', 'ip-addresses'].every((k) => n.facts.clientData?.keeps.includes(k as never))],
  ['no need to retain them; delete after use', (n) => n.facts.clientData?.needsRetaining === false && n.facts.clientData.deleteAfterUse === true],
  ['no disclosure for marketing, no harm', (n) => n.facts.noMarketingDisclosure === true && says(/cause you harm/)(n)],
  ["quotes from the platform's own privacy policy", (n) => n.facts.platforms.some((p) => p.statements.length >= 2)],
  ['the platform keeps data on US servers', (n) => n.facts.platforms.some((p) => /united states/i.test(p.dataLocation ?? ''))],
  ['the provider controls its own marketing websites (cookies)', (n) => n.facts.platforms.some((p) => /cookie/.test(p.controllerFor ?? ''))],
  ['how long the information is kept for', (n) => hasSection(/how long the information is kept/)(n) && (n.facts.retention?.summary ?? '').length > 0],
  ['users can delete data the application keeps', says(/you can delete any data the application keeps/)],
  ['your rights: access and correct', (n) => hasSection(/your rights/)(n) && n.facts.rights?.list.includes('access') === true && n.facts.rights.list.includes('rectification')],
  ['contact the DPO for details of rights', (n) => /data protection officer/i.test(n.facts.rights?.contact ?? '')],
  ['link to the full privacy policy', (n) => n.facts.links.some((l) => /full privacy policy/i.test(l.label))],
  ['link to "what information do we share"', (n) => n.facts.links.some((l) => /what information we share/i.test(l.label))],
  ["link to the platform's privacy statement", (n) => n.facts.links.some((l) => n.facts.platforms.some((p) => p.privacyUrl === l.url))],
  ['last-modified date', (n) => /^\d{4}-\d{2}-\d{2}$/.test(n.facts.lastModified)],
  ['version', (n) => n.facts.version.length > 0],
];

const beyond: [string, (n: Notice) => boolean][] = [
  ['a regulator registration number', (n) => n.facts.controller.registration !== undefined],
  ['the right to complain to the regulator', (n) => n.facts.rights?.list.includes('complain') === true],
  ['consent implied by attending, with an alternative', (n) => n.facts.legalBasis.consent?.impliedByAttending === true && n.facts.legalBasis.consent.alternative !== undefined],
  ['several platforms, each with its own privacy link', (n) => n.facts.platforms.length >= 2 && new Set(n.facts.platforms.map((p) => p.privacyUrl)).size === n.facts.platforms.length],
  ['a layered notice: the invitation states the purpose', says(/invitation.*(states|also states) the purpose/)],
  ['participant roles beyond organiser and guest', hasSection(/who may take part/)],
  ['duties on the participant', says(/check what your camera shows/)],
  ['encryption', says(/encrypts/)],
  ['different rules per channel (telephone)', hasSection(/telephone/)],
  ['not recorded, outcome goes into a record', (n) => /case record/.test(n.facts.retention?.summary ?? '')],
  ['transcription and AI summaries', (n) => n.facts.recording.transcription !== undefined && n.facts.recording.aiSummaries !== undefined && hasSection(/transcripts and ai/)(n)],
  ['retention as a number of days', (n) => n.facts.retention?.days !== undefined],
  ['a reviewed date beside last updated', (n) => n.facts.reviewed !== undefined && n.facts.reviewed > n.facts.lastModified],
  ['rules for children', hasSection(/children/)],
];

describe('the shipped examples together cover every section of the published notices', () => {
  it.each(published)('%s', (_topic, covers) => {
    expect(english.some(covers)).toBe(true);
  });
});

describe('and the sections other organisations add', () => {
  it.each(beyond)('%s', (_topic, covers) => {
    expect(english.some(covers)).toBe(true);
  });
});

describe('the Welsh variant', () => {
  it('states the same facts as its English original, in other words', () => {
    const cy = parseNotice(example('glanafon-teams.cy.md'));
    const en = english[1];
    if (!cy.ok || !en) throw new Error('invalid');
    const facts = (n: Notice) => ({ ...n.facts.recording, ...n.facts.meetingAccess, ...n.facts.clientData, ...staffDevices(n), version: n.facts.version, dpo: n.facts.dpo?.email, sections: n.sections.length });
    expect(facts(cy.notice)).toEqual(facts(en));
    expect(cy.notice.facts.title).not.toBe(en.facts.title);
  });
});
