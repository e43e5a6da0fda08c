import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { dispatch } from '../../../electron/core/contract/dispatch.js';
import type { Handlers } from '../../../electron/core/contract/handlers.js';
import type { Screen } from '../../../electron/core/contract/views.js';
import { windowSizes } from '../../../electron/core/contract/window-sizes.js';
import type { PushHub } from '../../../electron/core/contract/push.js';
import { bridgeScript, buildRenderer } from './build.js';
import { serveStatic, type StaticServer } from './static-server.js';

/** Debian's Chromium; elsewhere point MEETING_GUARD_CHROMIUM at a local Chromium or Chrome (never a download). */
export const CHROMIUM = process.env.MEETING_GUARD_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/renderer: skipped: no Chromium at ${CHROMIUM} (set MEETING_GUARD_CHROMIUM)`);
export const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/renderer/', import.meta.url));

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  /** The window's size; by default the one the shell opens this screen at. */
  viewport?: { width: number; height: number };
  /** The app's push hub: the page gets its events, after the ready handshake, as a window of the app would. */
  push?: PushHub;
}

export interface Harness {
  browser: Browser;
  server: StaticServer;
  bridge: string;
  rendererDir: string;
  open(screen: Screen, handlers: Handlers, options?: OpenOptions): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

const pagesOf = new WeakMap<PushHub, Map<string, Page>>();

/** Debian's Chromium, never a downloaded browser; flags keep it off the network and quiet. */
export async function startHarness(options: { deterministic?: boolean } = {}): Promise<Harness> {
  const [rendererDir, bridge] = await Promise.all([buildRenderer(), bridgeScript()]);
  const server = await serveStatic(rendererDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu',
      // Pictures that must come out byte for byte the same: one raster thread, whole tiles (several threads drawing
      // tiles on a busy machine left the rounded corners of form controls one shade apart between runs).
      ...(options.deterministic ? ['--num-raster-threads=1', '--disable-partial-raster'] : []),
    ],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    browser,
    server,
    bridge,
    rendererDir,
    async open(screen, handlers, options = {}) {
      const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport ?? windowSizes[screen], locale: 'en-GB', timezoneId: 'Europe/London' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      // The same sender check as electron/ipc.ts: only the main frame of our own page reaches the core.
      await context.exposeBinding('__meetingGuardInvoke', async ({ frame, page }, channel: unknown, request: unknown) => {
        const url = new URL(frame.url());
        if (frame !== page.mainFrame() || url.origin !== server.origin) {
          return { ok: false, error: { code: 'forbidden-sender', message: 'not one of our windows' } };
        }
        const windowId = url.hash.replace(/^#/, '') || 'status';
        return dispatch(handlers, channel, request, { windowId });
      });
      await context.addInitScript({ content: bridge });
      const page = await context.newPage();
      if (options.push) {
        const hub = options.push;
        const pages = pagesOf.get(hub) ?? new Map<string, Page>();
        pagesOf.set(hub, pages);
        pages.set(screen, page);
        hub.attach((windowId, event) => {
          const target = pages.get(windowId);
          if (target && !target.isClosed()) void target.evaluate((e) => (window as unknown as { __meetingGuardPush: (e: unknown) => void }).__meetingGuardPush(e), event).catch(() => undefined);
        });
        hub.opened(screen);
        page.on('close', () => hub.closed(screen));
      }
      await page.goto(`${server.origin}/index.html#${screen}`);
      await page.locator('h1').waitFor();
      return { page, context };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOTS, `${name}.png`);
}
