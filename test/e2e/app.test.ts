import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LINUX_POLICY_DIR } from '../../electron/core/policy/policy-schema.js';
import { buildRenderer } from '../renderer/support/build.js';
import { buildTestApp } from './build-test-app.js';
import { electronBinary } from './electron-binary.js';

// The whole app in Electron: start, tray menu, notice, recorder warning and cleanup, on a temporary profile with
// policy injected through the test build. Runs wherever the Electron binary exists; says clearly when it does not.
const binary = electronBinary();
if (!binary) console.warn('test/e2e: skipped: no Electron binary (node_modules/electron has no downloaded binary here)');

const repo = fileURLToPath(new URL('../../', import.meta.url));
type Driver = { select(action: string): void; tray(): { state: string; model: { tooltip: string; items: { id: string; label: string }[] } }; dispatch(event: unknown): void; now(): number };

describe.skipIf(!binary)('Meeting Guard in Electron', () => {
  let base: string;
  let app: ElectronApplication;
  // The function runs in the main process: it is sent as source text and rebuilt there.
  const driver = <T>(fn: (d: Driver, arg: string) => T, arg = ''): Promise<Awaited<T>> =>
    app.evaluate((_electron, [source, value]) => new Function('d', 'arg', `return (${source})(d, arg)`)((globalThis as unknown as { meetingGuardTest: Driver }).meetingGuardTest, value), [fn.toString(), arg] as const) as Promise<Awaited<T>>;
  const windowFor = async (screen: string): Promise<Page> => {
    for (;;) {
      const found = app.windows().find((w) => w.url().endsWith(`#${screen}`));
      if (found) return found;
      await app.waitForEvent('window');
    }
  };

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'mg-e2e-'));
    const hooks = { root: join(base, 'root'), home: join(base, 'home'), userData: join(base, 'profile') };
    await mkdir(join(hooks.root, LINUX_POLICY_DIR), { recursive: true });
    await writeFile(join(hooks.root, LINUX_POLICY_DIR, 'meeting-guard.json'), JSON.stringify({ noticeFiles: { 'en-GB': join(repo, 'build/notices/harbourline-zoom.md') }, helpLink: 'mailto:dpo@example.org' }));
    await mkdir(join(hooks.home, '.zoom/logs'), { recursive: true });
    await writeFile(join(hooks.home, '.zoom/logs/zoom.log'), 'ada@example.org 203.0.113.7\n');
    const dir = await buildTestApp(base, hooks, await buildRenderer());
    app = await _electron.launch({ executablePath: binary, args: [dir], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    await expect.poll(() => app.evaluate(() => 'meetingGuardTest' in globalThis)).toBe(true);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (base) await rm(base, { recursive: true, force: true });
  });

  test('starts as a tray app with a tooltip and the core’s menu, and no window', async () => {
    const tray = await driver((d) => d.tray());
    expect(tray.model.tooltip).toMatch(/^Meeting Guard: /);
    expect(tray.model.items.map((i) => i.id)).toEqual(expect.arrayContaining(['show-notice', 'start-call', 'cleanup', 'settings', 'what-we-keep', 'help', 'quit']));
    expect(app.windows()).toHaveLength(0);
  });

  test('"Show privacy notice" opens the notice window with the organisation’s notice', async () => {
    await driver((d) => d.select('show-notice'));
    const page = await windowFor('notice');
    await expect.poll(() => page.locator('main').innerText()).toContain('Harbourline Consulting Ltd');
    const prefs = await page.evaluate(() => ({ node: typeof (globalThis as { process?: unknown }).process, require: typeof (globalThis as { require?: unknown }).require }));
    expect(prefs).toEqual({ node: 'undefined', require: 'undefined' });
  });

  test('"I\'m starting a call" shows the pre-call checklist without taking focus', async () => {
    await driver((d) => d.select('start-call'));
    const page = await windowFor('precall');
    await page.getByRole('checkbox').first().waitFor();
    expect((await driver((d) => d.tray())).state).toBe('in-call');
  });

  test('a recorder during the call turns the tray to recorder-active', async () => {
    await driver((d) => d.dispatch({ type: 'recorder-on', at: d.now(), recorder: { id: 'obs', name: 'OBS Studio', level: 'active', category: 'screen-recorder', evidence: 'obs' } }));
    await expect.poll(async () => (await driver((d) => d.tray())).state).toBe('recorder-active');
    await driver((d) => d.dispatch({ type: 'recorder-off', at: d.now(), id: 'obs' }));
    await driver((d) => d.select('end-call'));
  });

  test('cleanup from the tray moves the client’s files into quarantine', async () => {
    await driver((d) => d.select('cleanup'));
    const page = await windowFor('cleanup');
    await page.getByRole('button', { name: 'Look for meeting data' }).click();
    await page.getByRole('button', { name: 'Clear selected items' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await expect.poll(() => page.getByRole('status').last().innerText()).toMatch(/items cleared/);
    await expect(readFile(join(base, 'home/.zoom/logs/zoom.log'))).rejects.toThrow();
  });
});
