import { BrowserWindow, app, dialog, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WindowsPort } from './core/app/guard-ports.js';
import type { Screen } from './core/contract/views.js';
import { windowSizes } from './core/contract/window-sizes.js';
import { PUSH_CHANNEL, type PushEvent } from './core/contract/push-events.js';
import type { PushHub } from './core/contract/push.js';
import { APP_ORIGIN } from './renderer-files.js';
import { screenOfSender } from './sender-check.js';

export interface WindowManager extends WindowsPort {
  /** The screen a message came from, or undefined when it is not the main frame of one of our windows. */
  identify(event: IpcMainInvokeEvent): string | undefined;
  closeAll(): void;
  /** Delivers one push event to one window (the push hub decides when). */
  send(windowId: string, event: PushEvent): void;
}

/** One window per screen, reused; windows live in this object, never in module-level variables. */
export function createWindowManager(preload: string, title: (screen: Screen) => string, push: () => PushHub | undefined = () => undefined): WindowManager {
  const windows = new Map<Screen, BrowserWindow>();

  const create = (screen: Screen, focus: boolean): BrowserWindow => {
    const window = new BrowserWindow({
      ...windowSizes[screen],
      show: false,
      title: title(screen),
      autoHideMenuBar: true,
      alwaysOnTop: false,
      // Written out here, not built elsewhere, so static checks (ours and Electronegativity) see every value.
      webPreferences: {
        preload,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
        // Middle-click would otherwise try to open links in a new window.
        disableBlinkFeatures: 'Auxclick',
        // The installed app opens no developer tools (no keyboard shortcut, no menu); a development run keeps them.
        devTools: !app.isPackaged,
      },
    });
    window.once('ready-to-show', () => (focus ? window.show() : window.showInactive()));
    window.on('closed', () => {
      windows.delete(screen);
      push()?.closed(screen);
    });
    // Each page load starts the push handshake again: events wait until the new page says it listens (app:ready).
    window.webContents.on('did-start-loading', () => push()?.opened(screen));
    push()?.opened(screen);
    void window.loadURL(`${APP_ORIGIN}/index.html#${screen}`);
    windows.set(screen, window);
    return window;
  };

  return {
    open(screen, options = { focus: true }) {
      const existing = windows.get(screen);
      if (!existing) {
        create(screen, options.focus);
        return;
      }
      if (options.focus) {
        existing.show();
        existing.focus();
      } else existing.showInactive();
    },
    send(windowId, event) {
      const window = windows.get(windowId as Screen);
      if (window && !window.isDestroyed()) window.webContents.send(PUSH_CHANNEL, event);
    },
    identify(event) {
      const frame = event.senderFrame;
      if (!frame) return undefined;
      const live = [...windows].filter(([, w]) => !w.isDestroyed()).map(([screen, w]): [string, { webContentsId: number }] => [screen, { webContentsId: w.webContents.id }]);
      return screenOfSender({ webContentsId: event.sender.id, isMainFrame: frame === event.sender.mainFrame, frameUrl: frame.url }, live);
    },
    async savePdf(windowId, suggestedName) {
      const window = windows.get(windowId as Screen);
      if (!window) return { saved: false };
      const choice = await dialog.showSaveDialog(window, {
        defaultPath: join(app.getPath('documents'), suggestedName.replace(/[\\/:*?"<>|]/g, '-')),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      await writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    },
    close(screen) {
      windows.get(screen)?.close();
    },
    closeAll() {
      for (const window of windows.values()) window.close();
    },
  };
}
