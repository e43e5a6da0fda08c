// The shell smoke run, in a process of its own (bundled by run-smoke.ts, run under plain Node): loads the app's
// BUILT main bundle with the electron stand-in in place of Electron, and uses the app as a person would, through
// the tray menu, the windows (through the preload each window really runs) and the notifications. Prints one JSON
// report on its last line. This checks our wiring against Electron's documented contract; it is not a run of Electron.
//   node drive-app.cjs <app folder: package.json + dist/> [--packaged]
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { createElectronStandIn, type ElectronStandIn } from './electron-standin.js';

const [appDir = '', ...flags] = process.argv.slice(2);
const packaged = flags.includes('--packaged');
const work = process.env.MG_SMOKE_WORK ?? '';
const home = process.env.HOME ?? '';
const steps: string[] = [];
const facts: Record<string, unknown> = {};

const pkg = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { version: string; main: string };
const electron = createElectronStandIn({ packaged, version: pkg.version, locale: 'en-GB', paths: { userData: join(home, '.config/Meeting Guard'), documents: join(home, 'Documents') } });
const fail = (rule: string, detail: string) => void electron.violations.push({ rule, detail });
process.on('unhandledRejection', (reason) => fail('unhandled rejection', String((reason as Error)?.stack ?? reason)));
process.on('uncaughtException', (error) => fail('uncaught exception', String(error.stack ?? error)));

// Timers of five minutes and more (the snooze, the device re-check, the status refresh) are held, not run, so the
// run can say "an hour later" without waiting an hour.
interface Held {
  ms: number;
  run: () => void;
}
const held = new Set<Held>();
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
globalThis.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
  if ((ms ?? 0) < 5 * 60_000) return realSetTimeout(fn, ms, ...args);
  const timer: Held & { unref(): unknown; ref(): unknown; hasRef(): boolean } = { ms: ms ?? 0, run: fn, unref: () => timer, ref: () => timer, hasRef: () => false };
  held.add(timer);
  return timer;
}) as typeof setTimeout;
globalThis.clearTimeout = ((timer: unknown) => (held.has(timer as Held) ? void held.delete(timer as Held) : realClearTimeout(timer as NodeJS.Timeout))) as typeof clearTimeout;

const sleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const tray = () => electron.trays[0];
const menuItem = (id: string) => tray()?.menu?.items.find((item) => item.id === id);
function click(id: string): void {
  const item = menuItem(id);
  if (!item) throw new Error(`no tray menu item "${id}" (menu: ${tray()?.menu?.items.map((i) => i.id ?? i.type).join(', ')})`);
  if (item.enabled === false) throw new Error(`tray menu item "${id}" is disabled`);
  (item.click as () => void)();
  steps.push(`tray:${id}`);
}
const windowFor = (screen: string) => [...electron.windows].reverse().find((w) => w.loaded?.url.endsWith(`#${screen}`) && !w.destroyed);
async function api(screen: string) {
  const window = await until(`the ${screen} window`, () => windowFor(screen));
  if (!window.api) throw new Error(`the ${screen} window's preload exposed no API`);
  return window.api;
}
async function call(screen: string, domain: string, verb: string, request?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const fn = (await api(screen))[domain]?.[verb];
  if (!fn) throw new Error(`window API has no ${domain}.${verb}`);
  const result = (await fn(request)) as { ok: boolean; value?: unknown; error?: { code: string } };
  steps.push(`ipc:${screen}:${domain}:${verb}:${result.ok ? 'ok' : result.error?.code}`);
  return result;
}

function loadMain(standIn: ElectronStandIn): void {
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = loader._load;
  loader._load = (request, parent, isMain) => (request === 'electron' ? standIn.module : original(request, parent, isMain));
  // As Electron starts it: [binary] packaged, [binary, app folder] in development.
  process.argv = packaged ? ['/opt/Meeting Guard/meeting-guard'] : [join(appDir, 'node_modules/electron/dist/electron'), appDir];
  Module.createRequire(join(appDir, 'package.json'))(join(appDir, pkg.main));
}

async function drive(): Promise<void> {
  loadMain(electron);
  steps.push('loaded');
  facts.privilegedBeforeReady = electron.privileged.map((s) => s.scheme);
  electron.emitReady();
  await until('the tray to show the device check', () => tray()?.menu?.items.some((i) => i.id === 'device-status' && !/checking/i.test(i.label ?? '')));
  facts.channels = electron.invokeChannels();
  facts.messageListeners = [...electron.messageListeners.keys()];

  // The network stays closed and pages get no permissions, whatever they ask.
  const decide = (url: string) => new Promise<boolean>((resolve) => electron.sessionHandlers.beforeRequest?.({ url } as Electron.OnBeforeRequestListenerDetails, (r) => resolve(r.cancel === true)));
  facts.cancels = { https: await decide('https://example.org/'), app: await decide('app://meeting-guard/index.html') };

  // Every screen the tray opens, each through its real preload.
  for (const [item, screen] of [['about', 'status'], ['settings', 'settings'], ['what-we-keep', 'kept'], ['cleanup', 'cleanup']] as const) {
    click(item);
    await api(screen);
    await call(screen, 'app', 'info');
  }
  if (menuItem('show-notice')?.enabled !== false) {
    click('show-notice');
    await call('notice', 'notice', 'get');
  }
  facts.stranger = await electron.invokeFromStranger('app:info', {});
  await call('status', 'status', 'get');
  await call('kept', 'kept', 'list');
  await call('settings', 'settings', 'list');
  // The person lets the app clear what it finds after a call (a setting they may change).
  await call('settings', 'settings', 'set', { key: 'cleanupMode', value: 'clear-on-confirm' });
  facts.linkRefused = await call('status', 'link', 'open', { url: 'https://attacker.example/' });

  // A call starts (the person says so), and a screen recorder runs during it.
  click('start-call');
  await until('the pre-call window', () => windowFor('precall'));
  facts.precallFocused = windowFor('precall')?.focused;
  const obs = join(work, 'obs');
  copyFileSync('/bin/sleep', obs);
  const recorder: ChildProcess = spawn(obs, ['30'], { stdio: 'ignore' });
  try {
    const warning = await until('a recorder warning', () => electron.notifications.find((n) => /OBS/.test(`${n.options.title} ${n.options.body}`)));
    steps.push('notification:recorder');
    facts.recorderIcon = tray()?.images.at(-1);
    warning.emit('click');
    steps.push('notification:click');
  } finally {
    recorder.kill();
  }
  // Without IT's policy on this machine there is no notice: the pre-call screen says so, and there is nothing to save.
  facts.noticeConfigured = (await call('precall', 'notice', 'get')).ok;
  if (facts.noticeConfigured) await call('precall', 'notice', 'savePdf');
  facts.saveDialogs = electron.saveDialogs.length;

  // The call ends: the cleanup reminder, snoozed, comes back an hour later.
  const before = electron.notifications.length;
  click('end-call');
  const reminder = await until('the cleanup reminder', () => electron.notifications.slice(before).find((n) => (n.options.actions ?? []).length > 0));
  steps.push('notification:reminder');
  reminder.emit('action', {}, 0);
  const snooze = await until('the snooze timer', () => [...held].find((t) => t.ms === 60 * 60_000));
  held.delete(snooze);
  const shownBefore = electron.notifications.length;
  snooze.run();
  await until('the reminder again after the snooze', () => electron.notifications.length > shownBefore && electron.notifications.at(-1)?.options.title === reminder.options.title);
  steps.push('notification:snoozed-and-back');

  // The cleanup flow, from the cleanup window: look, clear what was found, undo.
  const scan = await call('cleanup', 'cleanup', 'scan');
  const items = ((scan.value as { clients: { items: { id: string; clearable?: boolean }[] }[] } | undefined)?.clients ?? []).flatMap((c) => c.items);
  facts.scanItems = items.length;
  const cleared = await call('cleanup', 'cleanup', 'clear', { ids: items.map((i) => i.id).slice(0, 5) });
  const batchId = (cleared.value as { batchId?: string; cleared: unknown[] } | undefined)?.batchId;
  facts.cleared = (cleared.value as { cleared?: unknown[] } | undefined)?.cleared?.length ?? 0;
  if (batchId) await call('cleanup', 'cleanup', 'undo', { batchId });

  // The panel turns dark; a second launch shows the running app.
  electron.nativeTheme.shouldUseDarkColors = true;
  electron.nativeTheme.emit('updated');
  facts.darkIcon = tray()?.images.at(-1);
  electron.app.emit('second-instance', {}, [], '');
  steps.push('second-instance');
  facts.openedExternally = electron.openedExternally;
  facts.packaged = packaged;
  facts.devTools = [...new Set(electron.windows.map((w) => w.options.webPreferences?.devTools))];
  facts.windowsOpened = electron.windows.map((w) => w.loaded?.url.split('#')[1]);

  click('quit');
  await sleep(300);
  facts.trayDestroyed = tray()?.destroyed;
  facts.quit = electron.app.quitting;
}

void (async () => {
  let crashed: string | undefined;
  try {
    await drive();
  } catch (error) {
    crashed = String((error as Error).stack ?? error);
  }
  // Late failures (a rejection after quit) still count.
  await sleep(300);
  process.stdout.write(`\n${JSON.stringify({ crashed, violations: electron.violations, steps, facts })}\n`);
  process.exit(0);
})();
