// A stand-in for the `electron` module, for the shell smoke test: NOT Electron. It implements only the API surface
// the shell (and electron-store, bundled into it) uses, each member typed against electron.d.ts, and it enforces
// the rules Electron documents for those APIs, recording a violation for each break:
// - app "ready" first: Tray, BrowserWindow, Notification, nativeImage.createFromPath, session, protocol.handle,
//   dialog (https://www.electronjs.org/docs/latest/api/app#event-ready, …/api/session, …/api/protocol#protocolhandlescheme-handler)
// - protocol.registerSchemesAsPrivileged before ready, once (…/api/protocol#protocolregisterschemesasprivilegedcustomschemes)
// - app.enableSandbox before ready (…/api/app#appenablesandbox)
// - every path handed over exists: icons (a missing one gives an empty image, silently: …/api/native-image),
//   the preload (absolute path: …/api/structures/web-preferences), loadURL/loadFile targets
// - ipcMain.handle once per channel (a second handler throws in Electron: …/api/ipc-main#ipcmainhandlechannel-listener)
// - a sandboxed preload gets Electron's preload wrapper (require, process, Buffer, global, setImmediate,
//   clearImmediate, exports, module: no __filename) and a require limited to electron, events, timers, url
//   (…/tutorial/sandbox#preload-scripts)
// Anything else the shell reaches for on the module is a violation too, so the stand-in cannot silently lag behind.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import type * as ElectronModule from 'electron';

type E = typeof ElectronModule;

export interface Violation {
  rule: string;
  detail: string;
}

export interface StandInOptions {
  packaged: boolean;
  version: string;
  paths: { userData: string; documents: string };
  locale: string;
}

const nodeRequire = createRequire(import.meta.url);
const PNG = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export function createElectronStandIn(options: StandInOptions) {
  const violations: Violation[] = [];
  const log: string[] = [];
  const violate = (rule: string, detail: string) => void violations.push({ rule, detail });
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const needsReady = (api: string) => {
    if (!ready) violate('used before ready', `${api} was used before the app's ready event`);
  };
  const mustExist = (what: string, path: string) => {
    if (!isAbsolute(path)) violate('path not absolute', `${what}: ${path}`);
    else if (!existsSync(path) || !statSync(path).isFile()) violate('path missing', `${what}: ${path} does not exist`);
  };

  // ---- app ----
  type AppSurface = Pick<Electron.App, 'isPackaged' | 'requestSingleInstanceLock' | 'whenReady' | 'isReady' | 'quit' | 'exit' | 'enableSandbox' | 'getLocale' | 'getPath' | 'setPath' | 'getVersion' | 'setLoginItemSettings'>;
  class AppStandIn extends EventEmitter implements AppSurface {
    readonly isPackaged = options.packaged;
    readonly dock = undefined; // Linux: no dock, as in Electron
    readonly paths = new Map<string, string>(Object.entries(options.paths));
    exitCode: number | undefined;
    quitting = false;
    loginItems: Electron.Settings[] = [];
    requestSingleInstanceLock(): boolean {
      return true;
    }
    whenReady(): Promise<void> {
      return readyPromise;
    }
    isReady(): boolean {
      return ready;
    }
    quit(): void {
      if (this.quitting) return;
      this.quitting = true;
      let prevented = false;
      const event = { preventDefault: () => void (prevented = true) };
      this.emit('before-quit', event);
      if (prevented) return void (this.quitting = false);
      for (const window of windows) if (!window.isDestroyed()) window.close();
      this.emit('will-quit', event);
      this.emit('quit', event, 0);
    }
    exit(exitCode?: number): void {
      this.exitCode = exitCode ?? 0;
    }
    enableSandbox(): void {
      if (ready) violate('after ready', 'app.enableSandbox() must be called before ready');
    }
    getLocale(): string {
      return options.locale;
    }
    getPath(name: Parameters<Electron.App['getPath']>[0]): string {
      const path = this.paths.get(name);
      if (path === undefined) violate('unknown path', `app.getPath('${name}') is not provided by the stand-in`);
      return path ?? '';
    }
    setPath(name: string, path: string): void {
      this.paths.set(name, path);
    }
    getVersion(): string {
      return options.version;
    }
    setLoginItemSettings(settings: Electron.Settings): void {
      this.loginItems.push(settings);
    }
  }
  const app = new AppStandIn();

  // ---- protocol ----
  const privileged: Electron.CustomScheme[] = [];
  let schemesRegistered = false;
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
      if (ready) violate('after ready', 'protocol.registerSchemesAsPrivileged must be called before ready');
      if (schemesRegistered) violate('called twice', 'protocol.registerSchemesAsPrivileged can be called only once');
      schemesRegistered = true;
      privileged.push(...customSchemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
      needsReady('protocol.handle');
      if (protocolHandlers.has(scheme)) violate('handled twice', `protocol.handle('${scheme}') while a handler exists`);
      protocolHandlers.set(scheme, handler);
    },
  } satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

  // ---- session ----
  type BeforeRequestListener = ((details: Electron.OnBeforeRequestListenerDetails, callback: (response: Electron.CallbackResponse) => void) => void) | null;
  const sessionHandlers: {
    permissionRequest?: Parameters<Electron.Session['setPermissionRequestHandler']>[0];
    permissionCheck?: Parameters<Electron.Session['setPermissionCheckHandler']>[0];
    devicePermission?: Parameters<Electron.Session['setDevicePermissionHandler']>[0];
    displayMedia?: Parameters<Electron.Session['setDisplayMediaRequestHandler']>[0];
    beforeRequest?: BeforeRequestListener;
  } = {};
  const defaultSession = {
    setPermissionRequestHandler: ((handler) => void (sessionHandlers.permissionRequest = handler)) satisfies Electron.Session['setPermissionRequestHandler'],
    setPermissionCheckHandler: ((handler) => void (sessionHandlers.permissionCheck = handler)) satisfies Electron.Session['setPermissionCheckHandler'],
    setDevicePermissionHandler: ((handler) => void (sessionHandlers.devicePermission = handler)) satisfies Electron.Session['setDevicePermissionHandler'],
    setDisplayMediaRequestHandler: ((handler) => void (sessionHandlers.displayMedia = handler)) satisfies Electron.Session['setDisplayMediaRequestHandler'],
    webRequest: {
      onBeforeRequest(filterOrListener: Electron.WebRequestFilter | BeforeRequestListener, listener?: BeforeRequestListener): void {
        sessionHandlers.beforeRequest = typeof filterOrListener === 'function' || filterOrListener === null ? filterOrListener : (listener ?? null);
      },
    } satisfies Pick<Electron.WebRequest, 'onBeforeRequest'>,
  };
  const session = {
    get defaultSession() {
      needsReady('session.defaultSession');
      return defaultSession as unknown as Electron.Session;
    },
  } satisfies Pick<E['session'], 'defaultSession'>;

  // ---- ipcMain ----
  type InvokeListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;
  const invokeHandlers = new Map<string, InvokeListener>();
  const messageListeners = new Map<string, ((event: Electron.IpcMainEvent, ...args: unknown[]) => void)[]>();
  const ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler' | 'on'> = {
    handle(channel: string, listener: InvokeListener): void {
      if (invokeHandlers.has(channel)) violate('handled twice', `ipcMain.handle('${channel}'): a second handler (Electron throws here)`);
      invokeHandlers.set(channel, listener);
    },
    removeHandler(channel: string): void {
      invokeHandlers.delete(channel);
    },
    // electron-store listens on one channel of its own; recorded so the test can say what is listening.
    on(channel: string, listener: (event: Electron.IpcMainEvent, ...args: unknown[]) => void) {
      const list = messageListeners.get(channel) ?? [];
      if (list.length > 0) violate('handled twice', `ipcMain.on('${channel}') registered more than once`);
      messageListeners.set(channel, [...list, listener]);
      return ipcMain as unknown as Electron.IpcMain;
    },
  };

  // ---- shell, dialog ----
  const openedExternally: string[] = [];
  const shell = {
    async openExternal(url: string): Promise<void> {
      openedExternally.push(url);
    },
  } satisfies Pick<Electron.Shell, 'openExternal'>;
  const saveDialogs: Electron.SaveDialogOptions[] = [];
  const dialog = {
    async showSaveDialog(windowOrOptions: Electron.BaseWindow | Electron.SaveDialogOptions, maybeOptions?: Electron.SaveDialogOptions): Promise<Electron.SaveDialogReturnValue> {
      needsReady('dialog.showSaveDialog');
      const dialogOptions = maybeOptions ?? (windowOrOptions as Electron.SaveDialogOptions);
      saveDialogs.push(dialogOptions);
      // The person pressed Cancel.
      return { canceled: true, filePath: '' };
    },
  } satisfies Pick<Electron.Dialog, 'showSaveDialog'>;

  // ---- nativeImage, nativeTheme, Menu, Tray ----
  const images = new WeakMap<object, string>();
  const nativeImage = {
    createFromPath(path: string): Electron.NativeImage {
      needsReady('nativeImage.createFromPath');
      mustExist('nativeImage.createFromPath', path);
      if (existsSync(path) && !readFileSync(path).subarray(0, 8).equals(PNG)) violate('not an image', `${path} is not a PNG`);
      const image = { isEmpty: () => !existsSync(path), toPNG: () => readFileSync(path) };
      images.set(image, path);
      return image as unknown as Electron.NativeImage;
    },
  } satisfies Pick<E['nativeImage'], 'createFromPath'>;
  const imagePath = (image: Electron.NativeImage | string): string => {
    if (typeof image === 'string') {
      mustExist('tray image', image);
      return image;
    }
    const path = images.get(image);
    if (path === undefined) violate('unknown image', 'an image that did not come from nativeImage');
    return path ?? '';
  };
  class NativeThemeStandIn extends EventEmitter implements Pick<Electron.NativeTheme, 'shouldUseDarkColors' | 'shouldUseHighContrastColors'> {
    shouldUseDarkColors = false;
    shouldUseHighContrastColors = false;
  }
  const nativeTheme = new NativeThemeStandIn();

  interface MenuStandIn {
    items: Electron.MenuItemConstructorOptions[];
  }
  const Menu = {
    buildFromTemplate(template: (Electron.MenuItemConstructorOptions | Electron.MenuItem)[]): Electron.Menu {
      const menu: MenuStandIn = { items: template as Electron.MenuItemConstructorOptions[] };
      return menu as unknown as Electron.Menu;
    },
  } satisfies Pick<E['Menu'], 'buildFromTemplate'>;

  const trays: TrayStandIn[] = [];
  class TrayStandIn implements Pick<Electron.Tray, 'setImage' | 'setToolTip' | 'setContextMenu' | 'destroy' | 'isDestroyed'> {
    images: string[] = [];
    toolTip = '';
    menu: MenuStandIn | undefined;
    destroyed = false;
    constructor(image: Electron.NativeImage | string) {
      needsReady('new Tray()');
      this.images.push(imagePath(image));
      trays.push(this);
    }
    setImage(image: Electron.NativeImage | string): void {
      this.alive('setImage');
      this.images.push(imagePath(image));
    }
    setToolTip(toolTip: string): void {
      this.alive('setToolTip');
      this.toolTip = toolTip;
    }
    setContextMenu(menu: Electron.Menu | null): void {
      this.alive('setContextMenu');
      this.menu = (menu as unknown as MenuStandIn | null) ?? undefined;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    private alive(method: string): void {
      if (this.destroyed) violate('destroyed object', `tray.${method}() after tray.destroy()`);
    }
  }

  // ---- Notification ----
  const notifications: NotificationStandIn[] = [];
  class NotificationStandIn extends EventEmitter implements Pick<Electron.Notification, 'show' | 'close'> {
    static isSupported(): boolean {
      return true;
    }
    shown = 0;
    constructor(readonly options: Electron.NotificationConstructorOptions) {
      super();
      needsReady('new Notification()');
      notifications.push(this);
    }
    show(): void {
      this.shown++;
    }
    close(): void {
      this.emit('close');
    }
  }
  NotificationStandIn satisfies Pick<E['Notification'], 'isSupported'>;

  // ---- BrowserWindow, webContents, the sandboxed preload ----
  const windows: BrowserWindowStandIn[] = [];
  let nextContentsId = 1;
  class WebContentsStandIn extends EventEmitter implements Pick<Electron.WebContents, 'getURL' | 'setWindowOpenHandler' | 'printToPDF' | 'isDestroyed'> {
    readonly id = nextContentsId++;
    readonly mainFrame = { url: '' };
    windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | undefined;
    destroyed = false;
    getURL(): string {
      return this.mainFrame.url;
    }
    setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
      this.windowOpenHandler = handler;
    }
    async printToPDF(printOptions: Electron.PrintToPDFOptions): Promise<Buffer> {
      void printOptions;
      return Buffer.from('%PDF-1.7\n');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  type Api = Record<string, Record<string, (request?: unknown) => Promise<unknown>>>;
  class BrowserWindowStandIn extends EventEmitter implements Pick<Electron.BrowserWindow, 'loadURL' | 'loadFile' | 'show' | 'showInactive' | 'focus' | 'isDestroyed' | 'isVisible' | 'isFocused' | 'close'> {
    readonly webContents = new WebContentsStandIn();
    visible = false;
    focused = false;
    destroyed = false;
    loaded: { url: string; status: number; assets: string[] } | undefined;
    api: Api | undefined;
    constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
      super();
      needsReady('new BrowserWindow()');
      const preload = options.webPreferences?.preload;
      if (preload !== undefined) mustExist('webPreferences.preload', preload);
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string): Promise<void> {
      this.alive('loadURL');
      const scheme = new URL(url).protocol.replace(/:$/, '');
      const handler = protocolHandlers.get(scheme);
      if (!handler) return void violate('no handler', `loadURL(${url}): nothing handles ${scheme}:`);
      if (!privileged.some((s) => s.scheme === scheme)) violate('scheme not privileged', `${scheme}: was not registered as privileged before ready`);
      const page = await handler(new Request(url));
      const html = await page.text();
      if (page.status !== 200) violate('page missing', `loadURL(${url}) answered ${page.status}`);
      // What the page loads next: every script and stylesheet it names must be served too.
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1] as string, url).href);
      for (const asset of assets) {
        const response = await handler(new Request(asset));
        if (response.status !== 200) violate('page missing', `${asset} (named by ${url}) answered ${response.status}`);
      }
      this.webContents.mainFrame.url = url;
      this.loaded = { url, status: page.status, assets };
      this.api = this.runPreload();
      this.emit('ready-to-show');
    }
    async loadFile(filePath: string): Promise<void> {
      mustExist('loadFile', filePath);
    }
    show(): void {
      this.alive('show');
      this.visible = this.focused = true;
    }
    showInactive(): void {
      this.alive('showInactive');
      this.visible = true;
    }
    focus(): void {
      this.alive('focus');
      this.focused = true;
    }
    isVisible(): boolean {
      return this.visible;
    }
    isFocused(): boolean {
      return this.focused;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    close(): void {
      if (this.destroyed) return;
      this.emit('close', { preventDefault: () => undefined });
      this.destroyed = this.webContents.destroyed = true;
      this.emit('closed');
    }
    private alive(method: string): void {
      if (this.destroyed) violate('destroyed object', `window.${method}() after the window closed`);
    }
    /** Runs the preload the way a sandboxed renderer does, and returns what it exposed to the page. */
    private runPreload(): Api | undefined {
      const preload = this.options.webPreferences?.preload;
      if (!preload || !existsSync(preload)) return undefined;
      if (this.options.webPreferences?.sandbox !== true) violate('not sandboxed', 'a window without sandbox: true');
      const exposed: Record<string, unknown> = {};
      const contents = this.webContents;
      const rendererElectron = {
        contextBridge: {
          exposeInMainWorld(apiKey: string, api: unknown): void {
            exposed[apiKey] = api;
          },
        } satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>,
        ipcRenderer: {
          invoke: (channel: string, ...args: unknown[]): Promise<unknown> => invoke(channel, senderEvent(contents), ...args),
        } satisfies Pick<Electron.IpcRenderer, 'invoke'>,
      };
      const allowed = new Set(['events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);
      const preloadRequire = (name: string): unknown => {
        if (name === 'electron') return rendererElectron;
        if (allowed.has(name)) return nodeRequire(name) as unknown;
        violate('sandboxed preload', `the preload requires '${name}', which a sandboxed preload cannot load`);
        return {};
      };
      const module = { exports: {} };
      try {
        const wrapper = new Function('require', 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'exports', 'module', readFileSync(preload, 'utf8'));
        wrapper(preloadRequire, { platform: process.platform, env: {} }, Buffer, {}, setImmediate, clearImmediate, module.exports, module);
      } catch (error) {
        violate('preload threw', `${preload}: ${(error as Error).message}`);
      }
      return exposed.meetingGuard as Api | undefined;
    }
  }

  const senderEvent = (contents: WebContentsStandIn): Electron.IpcMainInvokeEvent =>
    ({ sender: contents, senderFrame: contents.mainFrame, frameId: 1, processId: 1 }) as unknown as Electron.IpcMainInvokeEvent;
  const invoke = async (channel: string, event: Electron.IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> => {
    const handler = invokeHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  };

  const exports = { app, protocol, session, ipcMain, shell, dialog, nativeImage, nativeTheme, Menu, Tray: TrayStandIn, Notification: NotificationStandIn, BrowserWindow: BrowserWindowStandIn };
  // Reaching for a member the stand-in lacks is a finding, not an undefined that fails somewhere later.
  const strict = <T extends object>(target: T, name: string): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key === 'string' && !(key in object) && key !== 'then' && key !== 'toJSON') violate('not in the stand-in', `${name}.${key}`);
        return Reflect.get(object, key, receiver) as unknown;
      },
    });
  const module = strict(
    Object.fromEntries(Object.entries(exports).map(([key, value]) => [key, typeof value === 'function' ? value : strict(value as object, `electron.${key}`)])),
    'electron',
  );

  return {
    module,
    violations,
    log,
    app,
    trays,
    windows,
    notifications,
    openedExternally,
    saveDialogs,
    nativeTheme,
    sessionHandlers,
    messageListeners,
    invokeChannels: () => [...invokeHandlers.keys()],
    privileged,
    emitReady(): void {
      ready = true;
      app.emit('ready', {}, {});
      resolveReady();
    },
    /** An IPC call from a web contents that is none of the app's windows. */
    invokeFromStranger: (channel: string, request: unknown) => invoke(channel, senderEvent(new WebContentsStandIn()), request),
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
