import type { CallEffect, CallEvent } from './call-events.js';
import { nameForId } from '../products/describe.js';
import { findProduct } from '../products/index.js';
import { recorderWarning } from './warning-text.js';
import type { UiLanguage } from '../i18n/translate.js';

/** A product by its display name; an id no product has (a policy entry, a client's own recording) as it is. */
const shown = (id: string, language: UiLanguage) => (findProduct(id) ? nameForId(id, language) : id);

/** One JSON line per event, effect or problem: the stable format IT scripts and tests read (`watch --json`). */
export type WatchLine =
  | ({ kind: 'event'; time: string } & CallEvent)
  | ({ kind: 'effect'; time: string } & CallEffect)
  | { kind: 'problem'; time: string; message: string }
  | { kind: 'watching'; time: string; os: string; catalogue: string; intervalMs: number };

export function jsonLine(line: WatchLine): string {
  return `${JSON.stringify(line)}\n`;
}

/** The same lines for a person at a terminal. Ticks and tray updates that change nothing visible are left out. */
export function textLine(line: WatchLine, language: UiLanguage = 'en-GB'): string | undefined {
  const clock = line.time.slice(11, 19);
  switch (line.kind) {
    case 'watching':
      return `${clock} watching for calls and recorders (catalogue ${line.catalogue}, every ${line.intervalMs} ms); Ctrl+C stops\n`;
    case 'problem':
      return `${clock} ! ${line.message}\n`;
    case 'event':
      return eventText(line, clock, language);
    case 'effect':
      return effectText(line, clock, language);
  }
}

function eventText(event: CallEvent, clock: string, language: UiLanguage): string | undefined {
  switch (event.type) {
    case 'call-signal-on':
      return `${clock}   signal${event.signal ? ` (${event.signal})` : ''}: ${event.evidence}\n`;
    case 'join-intent':
      return `${clock}   about to start (join-link): ${event.evidence}\n`;
    case 'call-signal-off':
      return `${clock}   signal gone: ${shown(event.source, language)}\n`;
    case 'recorder-on':
      return `${clock}   seen: ${event.recorder.evidence}\n`;
    case 'recorder-off':
      return `${clock}   gone: ${shown(event.id, language)}\n`;
    default:
      return undefined;
  }
}

function effectText(effect: CallEffect, clock: string, language: UiLanguage): string | undefined {
  switch (effect.type) {
    case 'show-notice':
      return `${clock} CALL ${effect.callId} STARTING: show the privacy notice (${effect.signal ? `${effect.signal}: ` : ''}${effect.trigger})\n`;
    case 'warn-recorder': {
      // The effect's own words are English (for --json); a person reads them in their language.
      const warning = recorderWarning(effect.recorder, language);
      return `${clock} ${language === 'cy' ? 'RHYBUDD' : 'WARNING'}: ${warning.message} ${warning.advice}\n`;
    }
    case 'remind-cleanup':
      return `${clock} CALL ${effect.callId} ENDED: remind to clear local meeting data${effect.clients.length ? ` (${effect.clients.map((id) => shown(id, language)).join(', ')})` : ''}\n`;
    case 'update-tray':
      return `${clock} tray: ${effect.phase}\n`;
  }
}
