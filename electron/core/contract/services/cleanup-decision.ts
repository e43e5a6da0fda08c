import { clearRefusal, type CleanupPolicy } from '../../cleanup/cleanup-policy.js';
import type { CleanupDecision, Locale } from '../views.js';
import { staffWords } from './staff-settings.js';

type Words = { organisation: string; person: string; default: string };

/**
 * Why the cleanup window shows what was found but offers no Clear, in the person's words: who set it (their
 * organisation, they themselves, or nobody: the default), and what to do. The choice names are the settings
 * window's own (staff-settings.ts), so the sentence points at exactly what the person sees there.
 */
const WHY: Record<Locale, Words> = {
  'en-GB': {
    organisation: 'Your organisation has set “{choice}” for meeting data after a call, so Meeting Guard shows what meeting programs keep here but does not clear it. Ask your IT team if it should be cleared.',
    person: 'You chose “{choice}” under “{setting}” in Settings, so Meeting Guard shows what meeting programs keep here but does not clear it. To clear it, choose “{clear}” there.',
    default: 'Settings say “{choice}” under “{setting}”, so Meeting Guard shows what meeting programs keep here but does not clear it. To clear it, choose “{clear}” there.',
  },
  cy: {
    organisation: 'Mae eich sefydliad wedi dewis “{choice}” ar gyfer data cyfarfodydd ar ôl galwad, felly mae Meeting Guard yn dangos beth mae rhaglenni cyfarfod yn ei gadw yma ond dydy e ddim yn ei glirio. Holwch eich tîm TG a ddylai gael ei glirio.',
    person: 'Fe ddewisoch “{choice}” o dan “{setting}” yn y Gosodiadau, felly mae Meeting Guard yn dangos beth mae rhaglenni cyfarfod yn ei gadw yma ond dydy e ddim yn ei glirio. I’w glirio, dewiswch “{clear}” yno.',
    default: 'Mae’r Gosodiadau’n dweud “{choice}” o dan “{setting}”, felly mae Meeting Guard yn dangos beth mae rhaglenni cyfarfod yn ei gadw yma ond dydy e ddim yn ei glirio. I’w glirio, dewiswch “{clear}” yno.',
  },
};

/** The one cleanup decision as the screens show it: allowed or not, the mode, who set it, and why in plain words. */
export function cleanupDecision(policy: Pick<CleanupPolicy, 'mode' | 'decidedBy'>, locale: Locale = 'en-GB'): CleanupDecision {
  const refusal = clearRefusal(policy);
  const setBy = policy.decidedBy.mode;
  if (refusal === undefined) return { allowed: true, mode: policy.mode, setBy };
  const words = staffWords('cleanupMode', locale);
  const values: Record<string, string> = { choice: words?.choices?.[policy.mode] ?? policy.mode, setting: words?.label ?? '', clear: words?.choices?.['clear-on-confirm'] ?? '' };
  const reason = WHY[locale][setBy].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  return { allowed: false, message: refusal, mode: policy.mode, setBy, reason };
}
