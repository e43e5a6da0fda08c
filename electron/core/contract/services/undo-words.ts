import type { Locale } from '../views.js';

/**
 * What stayed in the quarantine after an Undo, in the person's words. The restore (cleanup/quarantine-restore.ts)
 * says why in words for logs and the CLI; the screen says the same thing plainly, in the window's language. A reason
 * not listed here is shown as the restore gave it.
 */
const REASONS: readonly { starts: string; words: Record<Locale, string> }[] = [
  {
    // A batch refused whole (its record was changed, or names places outside the home folder): nothing was moved.
    starts: 'the batch is left untouched',
    words: {
      'en-GB': 'what Meeting Guard noted about that clearing has been changed since, so it put nothing back and left everything as it was',
      cy: 'mae’r hyn a nododd Meeting Guard am y clirio hwnnw wedi newid ers hynny, felly ni roddodd ddim yn ôl a gadawodd bopeth fel yr oedd',
    },
  },
  {
    starts: 'something new is there now',
    words: {
      'en-GB': 'something new is in its place now (the meeting program may have written it again), so the old one stays set aside',
      cy: 'mae rhywbeth newydd yn ei le nawr (efallai fod y rhaglen gyfarfod wedi’i ysgrifennu eto), felly mae’r hen un yn aros o’r neilltu',
    },
  },
  {
    starts: 'missing from the quarantine',
    words: { 'en-GB': 'it is no longer in the quarantine', cy: 'dydy e ddim yn y cwarantîn mwyach' },
  },
  {
    starts: 'what the quarantine holds is not what was stored',
    words: { 'en-GB': 'what the quarantine holds is not what was set aside, so it was left alone', cy: 'dydy’r hyn sydd yn y cwarantîn ddim yr hyn a roddwyd o’r neilltu, felly cafodd ei adael' },
  },
  {
    starts: 'a folder on the way changed',
    words: { 'en-GB': 'a folder on the way changed while it was being put back, so it stays set aside', cy: 'newidiodd ffolder ar y ffordd wrth ei roi yn ôl, felly mae’n aros o’r neilltu' },
  },
  {
    starts: 'cannot restore',
    words: { 'en-GB': 'it could not be put back, so it stays set aside', cy: 'doedd dim modd ei roi yn ôl, felly mae’n aros o’r neilltu' },
  },
];

const WHOLE_BATCH: Record<Locale, string> = { 'en-GB': 'Everything cleared that time', cy: 'Popeth a gliriwyd y tro hwnnw' };

export function plainUndoLeftover(item: { label: string; reason: string }, locale: Locale): { label: string; reason: string } {
  const known = REASONS.find((r) => item.reason.startsWith(r.starts) || item.reason.endsWith(r.starts));
  return {
    label: item.label === 'The whole batch' ? WHOLE_BATCH[locale] : item.label,
    reason: known ? known.words[locale] : item.reason,
  };
}
