import type { CallEffect } from '../../calls/call-events.js';
import type { DeviceStatus } from '../../device/types.js';
import type { Locale } from '../views.js';
import { fill, joinList, translator } from '../../i18n/translate.js';
import { nameForId } from '../../products/describe.js';
import { recorderWarning } from '../../calls/warning-text.js';

export interface NotificationText {
  title: string;
  body: string;
  /** "Remind me in N minutes": offered only where a later reminder makes sense. */
  snooze?: { minutes: number; label: string };
}

const words = {
  'en-GB': {
    notice: 'Before your call',
    noticeBody: 'Read the privacy notice and the organiser’s checklist.',
    recorder: 'Recording software is running',
    cleanup: 'Your call has ended',
    cleanupBody: '{clients} kept names, e-mail addresses and IP addresses on this laptop. Clean them up now?',
    someClients: 'Meeting programs',
    notManaged: 'This laptop is not managed',
    snooze: 'Remind me in {minutes} minutes',
  },
  cy: {
    notice: 'Cyn eich galwad',
    noticeBody: 'Darllenwch yr hysbysiad preifatrwydd a rhestr wirio’r trefnydd.',
    recorder: 'Mae meddalwedd recordio’n rhedeg',
    cleanup: 'Mae eich galwad wedi dod i ben',
    cleanupBody: 'Mae {clients} wedi cadw enwau, cyfeiriadau e-bost a chyfeiriadau IP ar y gliniadur hwn. Eu clirio nawr?',
    someClients: 'rhaglenni cyfarfod',
    notManaged: 'Dydy’r gliniadur hwn ddim wedi’i reoli',
    snooze: 'Atgoffa fi ymhen {minutes} munud',
  },
} satisfies Record<Locale, Record<string, string>>;

/** The words of each notification; the shell only shows them. Undefined: this effect needs no notification. */
export function notificationFor(effect: CallEffect, locale: Locale, snoozeMinutes: number | undefined): NotificationText | undefined {
  const w = words[locale];
  const snooze = snoozeMinutes !== undefined ? { minutes: snoozeMinutes, label: fill(w.snooze, { minutes: snoozeMinutes }) } : undefined;
  switch (effect.type) {
    case 'show-notice':
      return { title: w.notice, body: w.noticeBody };
    case 'warn-recorder': {
      // Worded again in the person's language: the effect carries the English words for logs and `watch --json`.
      const warning = recorderWarning(effect.recorder, locale);
      return { title: w.recorder, body: `${warning.message} ${warning.advice}` };
    }
    case 'remind-cleanup': {
      // Display names, never ids: "Zoom and Microsoft Teams kept names…".
      const names = [...new Set(effect.clients.map((id) => nameForId(id, locale)))];
      const clients = names.length > 0 ? joinList(translator(locale), names, 'list.and') : w.someClients;
      return { title: w.cleanup, body: fill(w.cleanupBody, { clients }), ...(snooze ? { snooze } : {}) };
    }
    case 'update-tray':
      return undefined;
  }
}

export function notManagedNotification(status: DeviceStatus, locale: Locale): NotificationText | undefined {
  return status.verdict === 'not-managed' ? { title: words[locale].notManaged, body: status.summary } : undefined;
}
