import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import { fuses } from '../../../electron/fuses.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/renderer-files.js';
import { scanShell, type SourceFile } from './security-scan.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const options = { externalHelper: 'electron/external.ts', ipcMainFile: 'electron/ipc.ts', preloadFile: 'electron/preload.ts' };

async function shellSources(): Promise<SourceFile[]> {
  const names = (await readdir(join(repo, 'electron'))).filter((n) => n.endsWith('.ts'));
  return Promise.all(names.map(async (n) => ({ path: `electron/${n}`, text: await readFile(join(repo, 'electron', n), 'utf8') })));
}

describe('the shell as written', () => {
  test('has no finding', async () => {
    const files = await shellSources();
    expect(files.length).toBeGreaterThan(8);
    const findings = scanShell(files, options);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`)).toEqual([]);
  });

  test('states every Electron fuse, with the secure value for each', () => {
    const all = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number');
    for (const fuse of all) expect(typeof (fuses as Record<number, unknown>)[fuse], `fuse ${FuseV1Options[fuse]}`).toBe('boolean');
    expect(fuses.strictlyRequireAllFuses).toBe(true);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  test('the page CSP starts from nothing, allows no connection and no inline or eval code', async () => {
    const html = await readFile(join(repo, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    for (const policy of [meta, CONTENT_SECURITY_POLICY]) {
      expect(policy).toBeDefined();
      const directives = new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives.get('default-src')).toEqual(["'none'"]);
      expect(directives.get('connect-src')).toEqual(["'none'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });
});

describe('the check itself catches what it is for', () => {
  const bad = `
import { BrowserWindow, shell, ipcMain, contextBridge, ipcRenderer } from 'electron';
export function make() {
  const w = new BrowserWindow({ webPreferences: { sandbox: false, contextIsolation: true, nodeIntegration: true, webSecurity: false } });
  w.webContents.setWindowOpenHandler(() => ({ action: 'allow' }));
  w.webContents.on('will-navigate', (e, url) => { if (url.startsWith('https:')) return; e.preventDefault(); });
  void shell.openExternal('https://example.org');
  contextBridge.exposeInMainWorld('api', { ipcRenderer });
  ipcRenderer.send('x');
}`;

  test('an insecure window, an unchecked openExternal and an exposed ipcRenderer are each reported with their line', () => {
    const findings = scanShell([{ path: 'electron/bad.ts', text: bad }], options);
    const rules = findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'ipc-main-one-file',
        'ipc-renderer-preload-only',
        'web-preferences.sandbox',
        'web-preferences.nodeIntegration',
        'web-preferences.webSecurity',
        'web-preferences.nodeIntegrationInWorker',
        'window-open-deny',
        'navigation-blocked',
        'open-external-helper',
        'no-ipc-renderer-exposed',
        'invoke-only',
        'permission-handler',
        'network-filter',
        'enable-sandbox',
      ]),
    );
    expect(findings.find((f) => f.rule === 'web-preferences.sandbox')?.line).toBe(4);
    expect(findings.find((f) => f.rule === 'open-external-helper')?.line).toBe(7);
  });

  test('webPreferences built elsewhere cannot be read and are reported, not assumed safe', () => {
    const hidden = `import { BrowserWindow } from 'electron'; new BrowserWindow({ webPreferences: prefs() });`;
    expect(scanShell([{ path: 'electron/w.ts', text: hidden }], options).map((f) => f.rule)).toContain('web-preferences-literal');
  });
});
