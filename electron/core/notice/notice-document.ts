import type { Block, Inline, Notice } from './notice-model.js';
import type { NoticeFacts } from './notice-schema.js';
import { joinList, translator, type Translate } from '../i18n/translate.js';

/** A row of the key facts: a label and one or more lines of value. */
export interface FactRow {
  label: string;
  lines: Inline[][];
}

export type DocumentBlock = Block | { kind: 'facts'; rows: FactRow[] };

export interface DocumentSection {
  id: string;
  heading: string;
  blocks: DocumentBlock[];
}

/**
 * The notice laid out once, in reading order, with every generated sentence already in the notice's language. The
 * text, Markdown and HTML renderers only walk this, so what is copied, printed and e-mailed is the same content.
 */
export interface NoticeDocument {
  language: string;
  title: string;
  meta: string;
  sections: DocumentSection[];
}

const txt = (text: string): Inline => ({ kind: 'text', text });
const link = (href: string, text: string): Inline => ({ kind: 'link', href, children: [txt(text)] });
const line = (...parts: Inline[]): Inline[] => parts;

export function buildNoticeDocument(notice: Notice): NoticeDocument {
  const { facts } = notice;
  const t = translator(facts.language);
  const metaValues = { controller: facts.controller.name, version: facts.version, date: facts.lastModified, reviewed: facts.reviewed ?? '' };
  const sections: DocumentSection[] = [
    { id: 'in-short', heading: t('notice.inShort'), blocks: [{ kind: 'list', ordered: false, items: facts.summary.map((s) => [txt(s)]) }] },
    { id: 'key-facts', heading: t('notice.keyFacts'), blocks: [{ kind: 'facts', rows: factRows(facts, t) }] },
    ...notice.sections.map(({ id, heading, blocks }) => ({ id, heading, blocks })),
  ];
  if (facts.links.length > 0) {
    sections.push({
      id: 'more-information',
      heading: t('notice.moreInformation'),
      blocks: [{ kind: 'list', ordered: false, items: facts.links.map((l) => [link(l.url, l.label)]) }],
    });
  }
  return {
    language: facts.language,
    title: facts.title,
    meta: t(facts.reviewed ? 'notice.metaReviewed' : 'notice.meta', metaValues),
    sections: uniqueIds(sections),
  };
}

function factRows(f: NoticeFacts, t: Translate): FactRow[] {
  const rows: FactRow[] = [];
  const add = (label: string, lines: (Inline[] | undefined | false)[]) => {
    const kept = lines.filter((l): l is Inline[] => Array.isArray(l) && l.length > 0);
    if (kept.length > 0) rows.push({ label, lines: kept });
  };
  const reg = f.controller.registration;
  add(t('fact.controller'), [line(txt(f.controller.name)), reg && line(txt(t('fact.registration', { ...reg })))]);
  add(t('fact.dpo'), [
    f.dpo.name !== undefined && line(txt(f.dpo.name)),
    f.dpo.email !== undefined && line(txt(`${t('fact.email')}: `), link(`mailto:${f.dpo.email}`, f.dpo.email)),
    f.dpo.phone !== undefined && line(txt(`${t('fact.phone')}: `), link(`tel:${f.dpo.phone.replace(/[^+0-9]/g, '')}`, f.dpo.phone)),
    f.dpo.post !== undefined && line(txt(`${t('fact.post')}: ${f.dpo.post}`)),
    f.dpo.url !== undefined && line(link(f.dpo.url, f.dpo.url)),
  ]);
  for (const p of f.platforms) {
    add(t('fact.platform', { name: p.name }), [
      line(link(p.privacyUrl, t('fact.platformPrivacy', { name: p.name }))),
      p.dataLocation !== undefined && line(txt(t('fact.dataLocation', { name: p.name, location: p.dataLocation }))),
      p.controllerFor !== undefined && line(txt(t('fact.controllerFor', { name: p.name, what: p.controllerFor }))),
    ]);
    add(t('fact.platformSays', { name: p.name }), p.statements.map((s) => line(txt(`“${s.text}” — `), s.url ? link(s.url, s.source ?? s.url) : txt(s.source ?? p.name))));
  }
  add(t('fact.purposes'), [...f.purposes.map((p) => line(txt(p))), f.dataUsedOnlyDuringCall && line(txt(t('fact.duringCallOnly')))]);
  const lb = f.legalBasis;
  add(t('fact.legalBasis'), [
    line(txt(lb.article)),
    lb.laws.length > 0 && line(txt(t('fact.laws', { laws: lb.laws.join('; ') }))),
    lb.description !== undefined && line(txt(lb.description)),
    lb.consent?.impliedByAttending === true && line(txt(t('fact.consentImplied'))),
    lb.consent?.alternative !== undefined && line(txt(lb.consent.alternative)),
  ]);
  const sc = f.specialCategory;
  if (sc?.processed) add(t('fact.specialCategory'), [sc.article !== undefined && line(txt(sc.article)), sc.categories.length > 0 && line(txt(sc.categories.join('; '))), sc.condition !== undefined && line(txt(sc.condition))]);
  add(t('fact.devices'), [
    line(txt(t('fact.devicesAllowed', { devices: joinList(t, f.devices.allowed.map((d) => t(`device.${d}`)), 'list.or') }))),
    f.devices.personalDevices === 'forbidden' && line(txt(t('fact.personalForbidden'))),
  ]);
  const r = f.recording;
  add(t('fact.recording'), [
    line(txt(t(`recording.${r.policy}`))),
    r.participantsAskedNotToRecord && line(txt(t('recording.askedNotTo'))),
    r.ifNeeded !== undefined && line(txt(t('recording.announcedBy', { channels: joinList(t, r.ifNeeded.announcedBy.map((c) => t(`channel.${c}`)), 'list.and') }))),
    r.ifNeeded?.participantsMayLeave === true && line(txt(t('recording.mayLeave'))),
    r.transcription !== undefined && line(txt(t(`transcription.${r.transcription}`))),
    r.aiSummaries !== undefined && line(txt(t(`ai.${r.aiSummaries}`))),
  ]);
  const s = f.supervisor;
  if (s?.mayObserve) {
    const observe = s.purpose ? t('supervisor.mayObserve', { purpose: s.purpose }) : t('supervisor.mayObserveNoPurpose');
    add(t('fact.supervisor'), [line(txt(observe)), s.announced && line(txt(t('supervisor.announced'))), s.participantMayRefuse && line(txt(t('supervisor.mayRefuse')))]);
  }
  const a = f.meetingAccess;
  add(t('fact.access'), [
    a.onlyInvitedAttendees && line(txt(t('access.invitedOnly'))),
    a.passwordOrLobby && line(txt(t('access.passwordOrLobby'))),
    a.uniqueInvitationPerCustomer && line(txt(t('access.uniqueInvitation'))),
  ]);
  const c = f.clientData;
  add(t('fact.clientData'), [
    line(txt(t('clientData.keeps', { kinds: joinList(t, c.keeps.map((k) => t(`data.${k}`)), 'list.and') }))),
    !c.needsRetaining && line(txt(t('clientData.notNeeded'))),
    c.deleteAfterUse && line(txt(t('clientData.deleteAfterUse'))),
  ]);
  add(t('fact.marketing'), [line(txt(t(f.noMarketingDisclosure ? 'marketing.none' : 'marketing.notRuledOut')))]);
  const days = f.retention.days;
  add(t('fact.retention'), [line(txt(f.retention.summary)), days !== undefined && line(txt(days === 0 ? t('retention.none') : t('retention.days', { days })))]);
  add(t('fact.rights'), [
    line(txt(t('rights.list', { rights: joinList(t, f.rights.list.map((k) => t(`right.${k}`)), 'list.and') }))),
    f.rights.contact !== undefined && line(txt(f.rights.contact)),
  ]);
  return rows;
}

/** IT may name a section "Key facts" too: its id must still be unique in the page. */
function uniqueIds(sections: DocumentSection[]): DocumentSection[] {
  const seen = new Set<string>();
  return sections.map((section) => {
    let id = section.id;
    for (let n = 2; seen.has(id); n += 1) id = `${section.id}-${n}`;
    seen.add(id);
    return { ...section, id };
  });
}
