import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { noticeText } from './notice-builder.js';

/** Likely mistakes are warnings: the notice stays valid and is shown as written, and --check points at the field. */
function warningsOf(text: string, knownClients?: readonly string[]) {
  const result = parseNotice(text, knownClients ? { knownClients } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}
const fields = (text: string, knownClients?: readonly string[]) => warningsOf(text, knownClients).warnings.map((w) => w.field);
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('notice warnings', () => {
  it('the base notice has none', () => {
    expect(fields(noticeText(), ['zoom'])).toEqual([]);
  });

  it('an unquoted version YAML reads as a number keeps its source text, with a warning at its line', () => {
    const text = noticeText().replace("version: \"1\"", 'version: 2.10');
    const result = warningsOf(text);
    expect(result.notice.facts.version).toBe('2.10');
    expect(result.warnings).toEqual([{ line: lineOf(text, 'version:'), column: 1, field: 'version', message: expect.stringContaining('YAML reads 2.10 as the number 2.1') }]);
    expect(result.notice.written.version).toBe('2.10');
  });

  it('an unquoted whole-number version is a warning too, without claiming it changed', () => {
    const result = warningsOf(noticeText().replace("version: \"1\"", 'version: 3'));
    expect(result.notice.facts.version).toBe('3');
    expect(result.warnings[0]?.message).toMatch(/^is the number 3 to YAML: quote it/);
  });

  it('data the meeting app keeps with nothing said about retention', () => {
    expect(fields(noticeText({ clientData: { keeps: ['names'] } }))).toEqual(['retention']);
    expect(fields(noticeText({ clientData: { keeps: ['names'] }, retention: { summary: 'Deleted after the call.' } }))).toEqual([]);
  });

  it('meetings recorded with nothing said about how long recordings are kept', () => {
    expect(fields(noticeText({ recording: { policy: 'always', announcement: { by: ['audio'] } } }))).toEqual(['recording.keptFor']);
    expect(fields(noticeText({ recording: { policy: 'always', announcement: { by: ['audio'] }, keptFor: { days: 30 } } }))).toEqual([]);
  });

  it.each(['announced', 'always', 'some-meetings'])('a recording policy "%s" with no announcement', (policy) => {
    expect(fields(noticeText({ recording: { policy, keptFor: { days: 1 } } }))).toEqual(['recording.announcement']);
  });

  it.each(['not-allowed', 'disabled'])('no announcement warning when nobody records (%s)', (policy) => {
    expect(fields(noticeText({ recording: { policy } }))).toEqual([]);
  });

  it('a recording rule for the phone with no announcement, at its place in channels', () => {
    expect(fields(noticeText({ channels: [{ channel: 'phone', recording: { policy: 'always', keptFor: { days: 90 } } }] }))).toEqual(['channels.0.recording.announcement']);
  });

  it('an unknown platform client id, when the known ones are given', () => {
    const text = noticeText({ platforms: [{ name: 'Zoom', client: 'zoom', privacyUrl: 'https://zoom.us/privacy' }, { name: 'Webex', client: 'webx', privacyUrl: 'https://www.cisco.com/privacy' }] });
    const result = warningsOf(text, ['zoom', 'webex']);
    expect(result.warnings).toEqual([expect.objectContaining({ field: 'platforms.1.client', line: lineOf(text, '    client: webx'), message: expect.stringContaining('"webx" is not a meeting client') })]);
  });

  it('no DPO named: valid with a privacy contact, and a warning that says so', () => {
    const text = noticeText({ dpo: undefined, privacyContact: { email: 'privacy@surgery.example' } }).replace(/^dpo: null\n/m, '');
    expect(fields(text)).toEqual(['dpo']);
  });

  it('neither a DPO nor a privacy contact is an error', () => {
    const result = parseNotice(noticeText({}).replace(/^dpo:\n {2}email: .*\n/m, ''));
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['name the Data Protection Officer (dpo) or a general privacy contact (privacyContact)']);
  });

  it('"data used only during the call" beside recordings kept for days', () => {
    expect(fields(noticeText({ dataUsedOnlyDuringCall: true, retention: { days: 60 } }))).toEqual(['dataUsedOnlyDuringCall']);
    expect(fields(noticeText({ dataUsedOnlyDuringCall: true, retention: { days: 0 } }))).toEqual([]);
  });
});
