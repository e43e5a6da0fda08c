import type { Inline } from './notice-model.js';
import type { Recording } from './notice-schema.js';
import type { contact } from './notice-fields.js';
import type { z } from 'zod';
import { joinList, type Translate } from '../i18n/translate.js';
import type { StringKey } from '../i18n/en-gb.js';

/** One line of a key-facts row: Meeting Guard's sentence, or (own) the notice's words as written. */
export interface FactLine {
  content: Inline[];
  own?: boolean;
}

const txt = (text: string): Inline => ({ kind: 'text', text });
const link = (href: string, text: string): Inline => ({ kind: 'link', href, children: [txt(text)] });

export const phrase = (text: string, href?: string): FactLine => ({ content: [href ? link(href, text) : txt(text)] });
export const ownLine = (text: string): FactLine => ({ own: true, content: [txt(text)] });

/**
 * Meeting Guard's sentence around values in the notice's own words (a purpose, a group's name). When the sentence is
 * worded in another language than the notice (`ownLang` set), each such value is a part of its own carrying the
 * notice's lang, so a French purpose inside an English sentence is read out as French.
 */
export function mixed(t: Translate, key: StringKey, values: Readonly<Record<string, string | number>>, own: readonly string[], ownLang?: string): FactLine {
  const mine = own.filter((name) => name in values);
  // A value IT wrote to sit inside a sentence ("the officer who arranges the meeting") may open one in another
  // language's word order ("{who} sy'n gwneud y recordiadau"): the sentence still starts with a capital.
  const opensWithValue = /^\{\w+\}/.test(t(key));
  if (!ownLang || mine.length === 0 || Object.values(values).some((v) => /[\uE000\uE001]/.test(String(v)))) {
    const text = t(key, values);
    return phrase(opensWithValue ? capitalise(text) : text);
  }
  const marked = { ...values, ...Object.fromEntries(mine.map((name, i) => [name, `\uE000${i}\uE001`])) };
  const content = t(key, marked)
    .split(/\uE000(\d+)\uE001/)
    .flatMap((part, i): Inline[] => (i % 2 === 0 ? (part ? [txt(part)] : []) : [{ kind: 'text', text: String(values[mine[Number(part)] ?? '']), lang: ownLang }]));
  const [first] = content;
  if (opensWithValue && first?.kind === 'text') content[0] = { ...first, text: capitalise(first.text) };
  return { content };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function contactLines(c: z.output<typeof contact>, t: Translate, ownLang?: string): (FactLine | false)[] {
  return [
    c.name !== undefined && ownLine(c.name),
    c.email !== undefined && { content: [txt(`${t('fact.email')}: `), link(`mailto:${c.email}`, c.email)] },
    c.phone !== undefined && { content: [txt(`${t('fact.phone')}: `), link(`tel:${c.phone.replace(/[^+0-9]/g, '')}`, c.phone)] },
    c.post !== undefined && { content: [txt(`${t('fact.post')}: `), ownLang ? { kind: 'text', text: c.post, lang: ownLang } : txt(c.post)] },
    c.url !== undefined && { own: true, content: [link(c.url, c.url)] },
  ];
}

/**
 * A name IT wrote to start a sentence ("Medical students") as it reads inside one ("medical students"), in the
 * languages that lower-case common nouns; "GP registrars" and German nouns keep their capitals.
 */
export function midSentence(t: Translate, label: string): string {
  if (t.language === 'de' || !/^\p{Lu}\p{Ll}/u.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function devicesPhrase(t: Translate, kinds: readonly string[]): string {
  return joinList(t, kinds.map((d) => t(`device.${d}` as StringKey)), 'list.or');
}

const ANNOUNCED: Record<'would' | 'is', Record<'none' | 'on-joining' | 'at-start', StringKey>> = {
  would: { none: 'recording.wouldBeAnnounced', 'on-joining': 'recording.wouldBeAnnouncedOnJoining', 'at-start': 'recording.wouldBeAnnouncedAtStart' },
  is: { none: 'recording.isAnnounced', 'on-joining': 'recording.isAnnouncedOnJoining', 'at-start': 'recording.isAnnouncedAtStart' },
};

export function announcementChannels(t: Translate, by: readonly string[]): string {
  return joinList(t, by.map((c) => t(`channel.${c}` as StringKey)), 'list.and');
}

/** The recording rules in words, one stated fact a line, in the order a reader asks: whether, who, where, how long. */
export function recordingLines(r: Recording, t: Translate, channel?: 'video' | 'phone', ownLang?: string): (FactLine | false)[] {
  const say = (key: StringKey, values?: Record<string, string | number>) => phrase(t(key, values));
  const kept = r.keptFor;
  const published = r.publishedAt;
  const announcement = r.announcement;
  return [
    // "Every meeting is recorded" beside a list of which ones says more than the notice (the private parts of a
    // webcast meeting are not recorded): with the list, the one sentence says which meetings are always recorded.
    !(r.policy === 'always' && r.meetings !== undefined && channel !== 'phone') &&
      say(channel === 'phone' && (r.policy === 'always' || r.policy === 'some-meetings') ? `recording.phone.${r.policy}` : `recording.${r.policy}`),
    r.meetings !== undefined && mixed(t, r.policy === 'always' && channel !== 'phone' ? 'recording.alwaysMeetings' : 'recording.meetings', { meetings: r.meetings }, ['meetings'], ownLang),
    r.recordedBy !== undefined && mixed(t, 'recording.recordedBy', { who: r.recordedBy }, ['who'], ownLang),
    published !== undefined && withLink(t('recording.publishedAt', { where: '\u0000' }), published.label, published.url, ownLang),
    kept?.days !== undefined && say(kept.days === 0 ? 'recording.notKept' : 'recording.keptForDays', { days: kept.days }),
    kept?.summary !== undefined && ownLine(kept.summary),
    r.participantsAskedNotToRecord === true && say('recording.askedNotTo'),
    announcement !== undefined && say(ANNOUNCED[r.policy === 'announced' ? 'would' : 'is'][announcement.when ?? 'none'], { channels: announcementChannels(t, announcement.by) }),
    announcement?.participantsMayLeave === true && say('recording.mayLeave'),
    r.transcription !== undefined && say(`transcription.${r.transcription}`),
    r.aiSummaries !== undefined && say(`ai.${r.aiSummaries}`),
  ];
}

/** A sentence with the notice's name for a place in it, linked when the notice gives its address. */
function withLink(template: string, label: string, url: string | undefined, ownLang?: string): FactLine {
  const [before = '', after = ''] = template.split('\u0000');
  const name: Inline = ownLang ? { kind: 'text', text: label, lang: ownLang } : txt(label);
  const middle: Inline = url ? { kind: 'link', href: url, children: [name] } : name;
  return { content: [...(before ? [txt(before)] : []), middle, ...(after ? [txt(after)] : [])] };
}
