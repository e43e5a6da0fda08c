import type { Inline } from './notice-model.js';
import type { NoticeFacts } from './notice-schema.js';
import { contactLines, devicesPhrase, midSentence, mixed, ownLine, phrase, recordingLines, type FactLine } from './fact-lines.js';
import type { StringKey } from '../i18n/en-gb.js';
import { joinList, type Translate } from '../i18n/translate.js';

/** A row of the key facts: a label and one or more lines of value. */
export interface FactRow {
  label: string;
  lines: Inline[][];
  /** Set when Meeting Guard's words (the label) are in another language than the notice: the labels fell back. */
  lang?: string;
  /** Per line, set for Meeting Guard's own sentences when they fell back; a line in the notice's words has none. */
  lineLangs?: (string | undefined)[];
}

/**
 * The key facts in words, each line from one stated fact: a field the notice leaves out gives no line, and a row
 * with no lines is left out. Nothing here has a default to fall back on.
 */
export function factRows(f: NoticeFacts, t: Translate, fallback?: string): FactRow[] {
  const rows: FactRow[] = [];
  const add = (label: string, lines: (FactLine | undefined | false)[]) => {
    const kept = lines.filter((l): l is FactLine => typeof l === 'object' && l.content.length > 0);
    if (kept.length === 0) return;
    rows.push({
      label,
      lines: kept.map((l) => l.content),
      ...(fallback ? { lang: fallback, lineLangs: kept.map((l) => (l.own ? undefined : fallback)) } : {}),
    });
  };
  const say = (text: string) => phrase(text);
  // Values in the notice's words inside a sentence that fell back keep the notice's lang.
  const ownLang = fallback ? f.language : undefined;
  const mix = (key: StringKey, values: Record<string, string | number>, own: readonly string[]) => mixed(t, key, values, own, ownLang);
  const reg = f.controller.registration;
  add(t('fact.controller'), [ownLine(f.controller.name), reg && mix('fact.registration', { ...reg }, ['regulator'])]);
  if (f.dpo) add(t('fact.dpo'), contactLines(f.dpo, t, ownLang));
  if (f.privacyContact) add(t('fact.privacyContact'), contactLines(f.privacyContact, t, ownLang));
  for (const p of f.platforms) {
    add(t('fact.platform', { name: p.name }), [
      phrase(t('fact.platformPrivacy', { name: p.name }), p.privacyUrl),
      p.dataLocation !== undefined && mix('fact.dataLocation', { name: p.name, location: p.dataLocation }, ['location']),
      p.controllerFor !== undefined && mix('fact.controllerFor', { name: p.name, what: p.controllerFor }, ['what']),
      p.monitorsMeetings !== undefined && say(t(p.monitorsMeetings ? 'fact.platformMonitors' : 'fact.platformDoesNotMonitor', { name: p.name })),
      p.storesMeetingsAfterCall !== undefined && say(t(p.storesMeetingsAfterCall ? 'fact.platformStores' : 'fact.platformDoesNotStore', { name: p.name })),
    ]);
    add(t('fact.platformSays', { name: p.name }), p.statements.map((s) => ({ own: true, content: [txt(`“${s.text}” — `), s.url ? link(s.url, s.source ?? s.url) : txt(s.source ?? p.name)] })));
  }
  add(t('fact.purposes'), [...f.purposes.map(ownLine), f.dataUsedOnlyDuringCall === true && say(t('fact.duringCallOnly'))]);
  const lb = f.legalBasis;
  add(t('fact.legalBasis'), [
    ownLine(lb.article),
    lb.laws.length > 0 && mix('fact.laws', { laws: lb.laws.join('; ') }, ['laws']),
    lb.description !== undefined && ownLine(lb.description),
    lb.consent?.impliedByAttending === true && say(t('fact.consentImplied')),
    lb.consent?.alternative !== undefined && ownLine(lb.consent.alternative),
  ]);
  const sc = f.specialCategory;
  if (sc?.processed) add(t('fact.specialCategory'), [sc.article !== undefined && ownLine(sc.article), sc.categories.length > 0 && ownLine(sc.categories.join('; ')), sc.condition !== undefined && ownLine(sc.condition)]);
  const named = (a: NoticeFacts['audiences'][number]) => a.label ?? t(`audience.${a.who}`);
  add(t('fact.devices'), f.audiences.flatMap((a) => {
    if (!a.devices) return [];
    const personalInList = a.devices.allowed.includes('personal-device');
    const mayUsePersonal = personalInList || a.devices.personalDevices === 'allowed';
    const own = a.label ? ['who'] : [];
    return [
      mix(mayUsePersonal ? 'audience.mayUse' : 'audience.useOnly', { who: named(a), devices: devicesPhrase(t, a.devices.allowed) }, own),
      a.devices.personalDevices === 'forbidden' && mix('audience.noPersonal', { who: named(a) }, own),
      a.devices.personalDevices === 'allowed' && !personalInList && mix('audience.personalAllowed', { who: named(a) }, own),
    ];
  }));
  // Beside a telephone line recorded by its own rules, the notice's recording rules are those of its video calls.
  const phoneApart = f.channels.some((c) => c.channel === 'phone' && c.recording) && !f.channels.some((c) => c.channel === 'video' && c.recording);
  add(t(phoneApart ? 'fact.recordingVideo' : 'fact.recording'), recordingLines(f.recording, t, undefined, ownLang));
  for (const c of f.channels) add(t(`fact.channel.${c.channel}`), [...(c.recording ? recordingLines(c.recording, t, c.channel, ownLang) : []), ...c.rules.map(ownLine)]);
  const s = f.supervisor;
  if (s?.mayObserve) {
    const observe = s.purpose ? mix('supervisor.mayObserve', { purpose: s.purpose }, ['purpose']) : say(t('supervisor.mayObserveNoPurpose'));
    add(t('fact.supervisor'), [observe, s.announced === true && say(t('supervisor.announced')), s.participantMayRefuse === true && say(t('supervisor.mayRefuse'))]);
  }
  add(t('fact.observers'), f.observers.flatMap((o) => {
    const who = o.label ?? t(`observer.${o.who as 'public' | 'press' | 'trainees'}`);
    const how = o.via === 'webcast' ? 'observer.mayObserveWebcast' : o.via === 'in-call' ? 'observer.mayObserveInCall' : o.via === 'in-person' ? 'observer.mayObserveInPerson' : 'observer.mayObserve';
    const within = o.label ? midSentence(t, o.label) : t(`observerIn.${o.who as 'public' | 'press' | 'trainees'}`);
    const own = o.label ? ['who'] : [];
    return [
      mix(how, { who }, own),
      o.purpose !== undefined && mix('observer.purpose', { purpose: o.purpose }, ['purpose']),
      o.announced === true && mix('observer.announced', { who: within }, own),
      o.participantMayRefuse === true && mix('observer.mayRefuse', { who: within }, own),
    ];
  }));
  const a = f.meetingAccess;
  add(t('fact.access'), [
    a?.onlyInvitedAttendees === true && say(t('access.invitedOnly')),
    a?.passwordOrLobby === true && say(t('access.passwordOrLobby')),
    a?.uniqueInvitationPerCustomer === true && say(t('access.uniqueInvitation')),
  ]);
  const c = f.clientData;
  if (c) {
    add(t('fact.clientData'), [
      say(t('clientData.keeps', { kinds: joinList(t, c.keeps.map((k) => t(`data.${k}`)), 'list.and') })),
      c.needsRetaining === false && say(t('clientData.notNeeded')),
      c.deleteAfterUse === true && say(t('clientData.deleteAfterUse')),
    ]);
  }
  if (f.noMarketingDisclosure !== undefined) add(t('fact.marketing'), [say(t(f.noMarketingDisclosure ? 'marketing.none' : 'marketing.notRuledOut'))]);
  const r = f.retention;
  if (r) add(t('fact.retention'), [r.summary !== undefined && ownLine(r.summary), r.days !== undefined && say(r.days === 0 ? t('retention.none') : t('retention.days', { days: r.days }))]);
  if (f.rights) {
    add(t('fact.rights'), [say(t('rights.list', { rights: joinList(t, f.rights.list.map((k) => t(`right.${k}`)), 'list.and') })), f.rights.contact !== undefined && ownLine(f.rights.contact)]);
  }
  return rows;
}

const txt = (text: string): Inline => ({ kind: 'text', text });
const link = (href: string, text: string): Inline => ({ kind: 'link', href, children: [txt(text)] });
