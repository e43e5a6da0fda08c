import { Menu, Tray, nativeImage, nativeTheme, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuItem } from './core/menu/tray-menu.js';
import type { TrayState, TrayView } from './core/menu/tray-state.js';
import { trayIconFile } from './tray-icons.js';

/** Draws the core's menu model as it is: labels, enabled, checked. Nothing here decides what the menu holds. */
export function toMenuTemplate(items: readonly MenuItem[], onSelect: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.kind === 'separator') return { type: 'separator' };
    if (item.kind === 'status') return { id: item.id, label: item.label, enabled: false };
    return {
      id: item.id,
      label: item.label,
      enabled: item.enabled,
      ...(item.checked !== undefined ? { type: 'checkbox', checked: item.checked } : {}),
      click: () => onSelect(item.id),
    };
  });
}

export interface TrayController {
  render(view: TrayView): void;
  destroy(): void;
}

/** The tray icon, created at its first render (after `ready`, when the core first has something to show). */
export function createTray(iconsDir: string, onSelect: (action: MenuAction) => void): TrayController {
  const icon = (state: TrayState) => nativeImage.createFromPath(trayIconFile(iconsDir, state, process.platform, nativeTheme.shouldUseDarkColors, nativeTheme.shouldUseHighContrastColors));
  let tray: Tray | undefined;
  let current: TrayView | undefined;
  const render = (view: TrayView) => {
    current = view;
    if (!tray) {
      tray = new Tray(icon(view.state));
      nativeTheme.on('updated', onTheme);
    } else tray.setImage(icon(view.state));
    // Always set: the state in words, for screen readers and for anyone who cannot tell the icons apart.
    tray.setToolTip(view.model.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(view.model.items, onSelect)));
  };
  const onTheme = () => {
    if (current) render(current);
  };
  return {
    render,
    destroy() {
      nativeTheme.off('updated', onTheme);
      tray?.destroy();
      tray = undefined;
    },
  };
}
