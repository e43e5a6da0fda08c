import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createElectronStandIn } from '../../shell-smoke/electron-standin.js';

// The smoke test is only as good as the rules its electron stand-in enforces: each rule is broken here once.
const made: string[] = [];
afterEach(async () => Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true }))));
const standIn = () => createElectronStandIn({ packaged: false, version: '0.0.0', locale: 'en-GB', paths: { userData: '/nonexistent/u', documents: '/nonexistent/d' } });
const rules = (s: ReturnType<typeof standIn>) => s.violations.map((v) => v.rule);

describe('electron stand-in rules', () => {
  it('refuses a Tray, a window, a notification, an image or the session before ready', () => {
    const s = standIn();
    const { Tray, BrowserWindow, Notification, nativeImage, session } = s.module as unknown as Record<string, unknown>;
    expect(() => void (session as { defaultSession: unknown }).defaultSession).not.toThrow();
    new (Notification as new (o: object) => unknown)({ title: 't' });
    new (BrowserWindow as new (o: object) => unknown)({});
    const image = (nativeImage as { createFromPath(p: string): unknown }).createFromPath(join(process.cwd(), 'package.json'));
    new (Tray as new (i: unknown) => unknown)(image);
    expect(rules(s).filter((r) => r === 'used before ready')).toHaveLength(5);
    expect(rules(s)).toContain('not an image');
  });

  it('wants privileged schemes and the sandbox switch before ready, and schemes only once', () => {
    const s = standIn();
    const { protocol, app } = s.module as unknown as { protocol: { registerSchemesAsPrivileged(x: unknown[]): void }; app: { enableSandbox(): void } };
    protocol.registerSchemesAsPrivileged([{ scheme: 'app' }]);
    expect(s.violations).toEqual([]);
    protocol.registerSchemesAsPrivileged([{ scheme: 'app' }]);
    s.emitReady();
    protocol.registerSchemesAsPrivileged([{ scheme: 'x' }]);
    app.enableSandbox();
    expect(rules(s)).toEqual(['called twice', 'after ready', 'called twice', 'after ready']);
  });

  it('flags a missing or relative path, a second handler for a channel, and a member it does not implement', () => {
    const s = standIn();
    s.emitReady();
    const m = s.module as unknown as { nativeImage: { createFromPath(p: string): unknown }; ipcMain: { handle(c: string, l: () => void): void }; clipboard?: unknown };
    m.nativeImage.createFromPath('/nonexistent/icon.png');
    m.nativeImage.createFromPath('icons/icon.png');
    m.ipcMain.handle('app:info', () => undefined);
    m.ipcMain.handle('app:info', () => undefined);
    void m.clipboard;
    expect(rules(s)).toEqual(['path missing', 'path not absolute', 'handled twice', 'not in the stand-in']);
  });

  it('runs a preload as a sandboxed renderer does: no __filename, and only electron, events, timers and url', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-standin-'));
    made.push(dir);
    const s = standIn();
    s.emitReady();
    const { protocol, BrowserWindow } = s.module as unknown as { protocol: { handle(s: string, h: () => Response): void }; BrowserWindow: new (o: object) => { loadURL(u: string): Promise<void> } };
    s.privileged.push({ scheme: 'app' });
    protocol.handle('app', () => new Response('<html></html>'));
    for (const [name, source] of [['a.cjs', 'require("node:url").pathToFileURL(__filename)'], ['b.cjs', 'require("node:fs")'], ['c.cjs', 'require("electron").contextBridge.exposeInMainWorld("meetingGuard", {})']]) {
      await writeFile(join(dir, name as string), source as string);
      await new BrowserWindow({ webPreferences: { preload: join(dir, name as string), sandbox: true } }).loadURL('app://meeting-guard/index.html');
    }
    expect(s.violations.map((v) => `${v.rule}: ${v.detail.replace(dir, '')}`)).toEqual(['preload threw: /a.cjs: __filename is not defined', "sandboxed preload: the preload requires 'node:fs', which a sandboxed preload cannot load"]);
  });
});
