import { join } from 'node:path';
import type { TrayState } from './core/menu/tray-state.js';

// Which picture is the core's decision (core/menu/tray-state.ts); re-exported for the shell's callers.
export { trayState, trayStates, type TrayState } from './core/menu/tray-state.js';

/**
 * macOS draws template images itself in the menu bar's colour; Windows and Linux get a variant drawn for a light or a
 * dark panel, and Windows in a high-contrast theme one in the theme's plain white or black. Each name is the 16 px
 * file; the @1.25x, @1.5x and @2x files beside it (20, 24, 32 px) are picked by Electron for the screen's scale.
 */
export function trayIconFile(iconsDir: string, state: TrayState, os: NodeJS.Platform, darkPanel: boolean, highContrast = false): string {
  if (os === 'darwin') return join(iconsDir, `${state}Template.png`);
  const panel = darkPanel ? 'dark' : 'light';
  return join(iconsDir, highContrast && os === 'win32' ? `${state}-contrast-${panel}.png` : `${state}-${panel}.png`);
}
