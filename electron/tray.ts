import { Menu, Tray, nativeImage, nativeTheme, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuItem, TrayModel } from './core/menu/tray-menu.js';
import { trayIconFile, type TrayState } from './tray-icons.js';

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

export interface TrayView {
  state: TrayState;
  model: TrayModel;
}

export interface TrayController {
  render(view: TrayView): void;
  destroy(): void;
}

export function createTray(iconsDir: string, initial: TrayView, onSelect: (action: MenuAction) => void): TrayController {
  const icon = (state: TrayState) => nativeImage.createFromPath(trayIconFile(iconsDir, state, process.platform, nativeTheme.shouldUseDarkColors));
  const tray = new Tray(icon(initial.state));
  let current = initial;
  const render = (view: TrayView) => {
    current = view;
    tray.setImage(icon(view.state));
    // Always set: the state in words, for screen readers and for anyone who cannot tell the icons apart.
    tray.setToolTip(view.model.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(view.model.items, onSelect)));
  };
  const onTheme = () => render(current);
  nativeTheme.on('updated', onTheme);
  render(initial);
  return {
    render,
    destroy() {
      nativeTheme.off('updated', onTheme);
      tray.destroy();
    },
  };
}
