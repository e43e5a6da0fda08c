import { join } from 'node:path';
import type { TrayState } from './core/menu/tray-state.js';

// Which picture is the core's decision (core/menu/tray-state.ts); re-exported for the shell's callers.
export { trayState, trayStates, type TrayState } from './core/menu/tray-state.js';

/**
 * macOS draws template images itself in the menu bar's colour; Windows and Linux get a variant drawn for a light or a
 * dark panel.
 */
export function trayIconFile(iconsDir: string, state: TrayState, os: NodeJS.Platform, darkPanel: boolean): string {
  if (os === 'darwin') return join(iconsDir, `${state}Template.png`);
  return join(iconsDir, `${state}-${darkPanel ? 'dark' : 'light'}.png`);
}
