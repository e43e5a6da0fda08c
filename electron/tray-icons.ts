import { join } from 'node:path';
import type { TrayInput, TrayModel } from './core/menu/tray-menu.js';

/** The states a glance at the tray must tell apart. */
export const trayStates = ['managed-idle', 'in-call', 'recorder-active', 'not-managed', 'attention'] as const;
export type TrayState = (typeof trayStates)[number];

/**
 * The icon for what is going on, most urgent first. The core's model says how bad things are (its `icon` tone);
 * this adds which of the five pictures says it.
 */
export function trayState(input: TrayInput, model: TrayModel): TrayState {
  if (input.recorders.length > 0) return 'recorder-active';
  if (input.device.verdict === 'not-managed') return 'not-managed';
  if (input.call.phase === 'starting' || input.call.phase === 'in-call') return 'in-call';
  if (model.icon !== 'ok') return 'attention';
  return 'managed-idle';
}

/**
 * macOS draws template images itself in the menu bar's colour; Windows and Linux get a variant drawn for a light or a
 * dark panel.
 */
export function trayIconFile(iconsDir: string, state: TrayState, os: NodeJS.Platform, darkPanel: boolean): string {
  if (os === 'darwin') return join(iconsDir, `${state}Template.png`);
  return join(iconsDir, `${state}-${darkPanel ? 'dark' : 'light'}.png`);
}
