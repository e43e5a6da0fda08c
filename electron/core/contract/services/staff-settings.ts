import type { SettingKey } from '../../policy/policy-schema.js';
import type { Locale } from '../views.js';

/**
 * What the settings window says to staff about each setting they may change. The policy schema's titles and
 * descriptions are written for IT (they talk of "the user", true/false and templates) and stay in the admin
 * templates and build/policy/SETTINGS.md; a person changing their own settings reads these instead.
 */
interface StaffWords {
  label: string;
  help: string;
  choices?: Record<string, string>;
}

const staff: Partial<Record<SettingKey, Record<Locale, StaffWords>>> = {
  showNoticeBeforeCalls: {
    'en-GB': { label: 'Show the privacy notice before each call', help: 'A window with the notice and the organiser’s checklist opens when a call starts. It never stops the call.' },
    cy: { label: 'Dangos yr hysbysiad preifatrwydd cyn pob galwad', help: 'Mae ffenestr gyda’r hysbysiad a rhestr wirio’r trefnydd yn agor pan fydd galwad yn dechrau. Dydy hi byth yn atal yr alwad.' },
  },
  cleanupMode: {
    'en-GB': {
      label: 'After a call',
      help: 'Meeting programs keep names, e-mail addresses and IP addresses on this laptop.',
      choices: { off: 'Do nothing', remind: 'Remind me to clean up', 'clear-on-confirm': 'Offer to clean up for me' },
    },
    cy: {
      label: 'Ar ôl galwad',
      help: 'Mae rhaglenni cyfarfod yn cadw enwau, cyfeiriadau e-bost a chyfeiriadau IP ar y gliniadur hwn.',
      choices: { off: 'Gwneud dim', remind: 'Fy atgoffa i glirio', 'clear-on-confirm': 'Cynnig clirio ar fy rhan' },
    },
  },
  cleanupReminderDelayMinutes: {
    'en-GB': { label: 'Wait before the clean-up reminder (minutes)', help: '0 reminds you as soon as the call ends.' },
    cy: { label: 'Aros cyn y nodyn atgoffa i glirio (munudau)', help: 'Mae 0 yn eich atgoffa cyn gynted ag y daw’r alwad i ben.' },
  },
  snoozeMinutes: {
    'en-GB': { label: '“Remind me later” waits (minutes)', help: 'How long a reminder stays quiet when you choose “Remind me later”.' },
    cy: { label: 'Mae “Atgoffa fi wedyn” yn aros (munudau)', help: 'Am ba hyd y mae nodyn atgoffa’n aros yn dawel pan fyddwch yn dewis “Atgoffa fi wedyn”.' },
  },
  startAtLogin: {
    'en-GB': { label: 'Start Meeting Guard when I sign in', help: 'Meeting Guard can only warn you while it is running.' },
    cy: { label: 'Dechrau Meeting Guard pan fyddaf yn mewngofnodi', help: 'Dim ond tra bo’n rhedeg y gall Meeting Guard eich rhybuddio.' },
  },
};

export function staffWords(key: SettingKey, locale: Locale): StaffWords | undefined {
  return staff[key]?.[locale];
}

/** A wrong value, said the way a form says it, next to the field (never the setting's internal key). */
export function fieldError(kind: { type: string; min?: number; max?: number; maxLength?: number }, locale: Locale): string {
  const cy = locale === 'cy';
  if (kind.type === 'integer') {
    const { min = 0, max } = kind;
    if (max === undefined) return cy ? `Rhowch rif cyfan, ${min} neu fwy.` : `Enter a whole number, ${min} or more.`;
    return cy ? `Rhowch rif cyfan rhwng ${min} a ${max}.` : `Enter a whole number from ${min} to ${max}.`;
  }
  if (kind.type === 'string' && kind.maxLength) return cy ? `Rhowch hyd at ${kind.maxLength} nod.` : `Enter up to ${kind.maxLength} characters.`;
  return cy ? 'Dewiswch un o’r opsiynau.' : 'Choose one of the options.';
}
