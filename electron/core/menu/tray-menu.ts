import type { CallPhase } from '../calls/call-events.js';
import { joinList, translator, type Translate } from '../i18n/translate.js';
import { inLanguage, nameForId } from '../products/describe.js';

/** What the tray shows, decided from app state alone, so it is tested without Electron. */
export interface TrayInput {
  device: { verdict: 'checking' | 'managed' | 'not-managed' | 'unknown'; organisation?: string };
  /** Clients by id as the call state keeps them; the tray shows their display names. */
  call: { phase: CallPhase; clients: readonly string[]; noticeShown: boolean };
  /** Names of recording or screen-capture programs running now. */
  recorders: readonly string[];
  noticeAvailable: boolean;
  /** IT's help link from policy (already checked to be https: or mailto:); no item without one. */
  helpLink?: string;
  hideQuit: boolean;
  language: string;
  /** The one cleanup decision's mode: off means meeting data is not mentioned, so there is no cleanup item. */
  cleanupMode?: 'off' | 'remind' | 'clear-on-confirm';
  /** Devices whose use this laptop cannot see (no signal for them): the tooltip says so rather than implying "no call". */
  unseen?: readonly ('microphone' | 'camera')[];
}

export type MenuAction = 'show-notice' | 'start-call' | 'end-call' | 'cleanup' | 'settings' | 'what-we-keep' | 'help' | 'about' | 'quit';
export type Tone = 'ok' | 'neutral' | 'warning' | 'danger';

export type MenuItem =
  /** A line of information: shown greyed out, never clickable. */
  | { kind: 'status'; id: 'device-status' | 'call-status' | 'recorder-status'; label: string; tone: Tone; enabled: false }
  | { kind: 'action'; id: MenuAction; label: string; enabled: boolean; checked?: boolean; link?: string }
  | { kind: 'separator'; id: string };

export interface TrayModel {
  /** The icon to show: the worst thing going on. */
  icon: Tone;
  tooltip: string;
  items: MenuItem[];
}

const IN_CALL: readonly CallPhase[] = ['starting', 'in-call'];
/** Windows cuts a notification-area tooltip at 127 characters (NOTIFYICONDATA.szTip holds 128 with the NUL). */
export const TOOLTIP_MAX = 127;

export function trayModel(input: TrayInput): TrayModel {
  const t = translator(input.language);
  const inCall = IN_CALL.includes(input.call.phase);
  const device = deviceLine(input.device, t);
  const items: MenuItem[] = [device];
  if (inCall) {
    const names = [...new Set(input.call.clients.map((id) => nameForId(id, t.language)))];
    const label = names.length > 0 ? t('menu.call.inCall', { client: joinList(t, names, 'list.and') }) : t('menu.call.inCallUnknownClient');
    items.push({ kind: 'status', id: 'call-status', label, tone: 'neutral', enabled: false });
  }
  if (input.recorders.length > 0) {
    items.push({ kind: 'status', id: 'recorder-status', label: t('menu.recorders', { names: joinList(t, input.recorders.map((n) => inLanguage(n, t.language)), 'list.and') }), tone: inCall ? 'danger' : 'warning', enabled: false });
  }
  items.push({ kind: 'separator', id: 'after-status' });
  items.push(
    input.noticeAvailable
      ? { kind: 'action', id: 'show-notice', label: t('menu.showNotice'), enabled: true, ...(inCall ? { checked: input.call.noticeShown } : {}) }
      : { kind: 'action', id: 'show-notice', label: t('menu.noticeMissing'), enabled: false },
    inCall ? { kind: 'action', id: 'end-call', label: t('menu.endCall'), enabled: true } : { kind: 'action', id: 'start-call', label: t('menu.startCall'), enabled: true },
    // Clearing a client's data while it runs a call would break the call and the files are in use: wait for the end.
    ...(input.cleanupMode === 'off' ? [] : [{ kind: 'action' as const, id: 'cleanup' as const, label: t('menu.cleanup'), enabled: !inCall }]),
    { kind: 'separator', id: 'after-call' },
    { kind: 'action', id: 'settings', label: t('menu.settings'), enabled: true },
    { kind: 'action', id: 'what-we-keep', label: t('menu.whatWeKeep'), enabled: true },
  );
  if (input.helpLink) items.push({ kind: 'action', id: 'help', label: t('menu.help'), enabled: true, link: input.helpLink });
  items.push({ kind: 'action', id: 'about', label: t('menu.about'), enabled: true });
  if (!input.hideQuit) items.push({ kind: 'separator', id: 'before-quit' }, { kind: 'action', id: 'quit', label: t('menu.quit'), enabled: true });

  const tones = items.flatMap((i) => (i.kind === 'status' ? [i.tone] : []));
  const icon = (['danger', 'warning', 'neutral', 'ok'] as const).find((tone) => tones.includes(tone)) ?? 'ok';
  const unseen = input.unseen?.length ? `; ${t('tray.unseen', { signals: joinList(t, input.unseen.map((d) => t(d === 'microphone' ? 'tray.unseen.microphone' : 'tray.unseen.camera')), 'list.and') })}` : '';
  const status = `${inCall ? `${device.label}; ${t('tray.inCall')}` : device.label}${unseen}`;
  return { icon: icon === 'neutral' ? 'ok' : icon, tooltip: clip(t('tray.tooltip', { status }), TOOLTIP_MAX), items };
}

function deviceLine(device: TrayInput['device'], t: Translate): MenuItem & { kind: 'status' } {
  const line = (label: string, tone: Tone) => ({ kind: 'status' as const, id: 'device-status' as const, label, tone, enabled: false as const });
  switch (device.verdict) {
    case 'checking':
      return line(t('menu.device.checking'), 'neutral');
    case 'managed':
      return line(device.organisation ? t('menu.device.managedBy', { organisation: device.organisation }) : t('menu.device.managed'), 'ok');
    case 'not-managed':
      return line(t('menu.device.notManaged'), 'danger');
    case 'unknown':
      return line(t('menu.device.unknown'), 'warning');
  }
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
