import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, hasChromium, type Harness } from './support/harness.js';
import { createWorld, exampleNotices, type World } from './support/world.js';

describe.skipIf(!hasChromium)('sharing and page security', () => {
  let harness: Harness;
  let world: World;
  let current: Page | undefined;
  let pdfDir: string;

  beforeAll(async () => {
    harness = await startHarness();
    pdfDir = await mkdtemp(join(tmpdir(), 'mg-pdf-'));
    world = await createWorld({
      policy: { noticeFiles: { 'en-GB': exampleNotices.zoom } },
      // "Save as PDF" in the harness prints the page that asked, as Electron's printToPDF does in the app.
      savePdf: async (_windowId, name) => {
        const path = join(pdfDir, name);
        await current?.pdf({ path, format: 'A4', printBackground: true });
        return { saved: true, path };
      },
    });
  });
  afterAll(async () => {
    await harness?.close();
    await world?.dispose();
    await rm(pdfDir, { recursive: true, force: true });
  });

  async function openNotice() {
    const opened = await harness.open('notice', world.handlers);
    current = opened.page;
    await opened.page.getByRole('button', { name: 'Copy as text' }).waitFor();
    return opened;
  }

  async function notice() {
    const result = await world.handlers['notice:get']({}, { windowId: 'test' });
    return result;
  }

  test('copy as text puts exactly the core’s plain-text rendering on the clipboard', async () => {
    const { page, context } = await openNotice();
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => page.getByRole('status').last().innerText()).toBe('The notice was copied as plain text.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe((await notice()).text);
    expect(text).toContain('Harbourline Consulting Ltd');
    await context.close();
  });

  test('copy for chat puts HTML and a plain-text alternative on the clipboard', async () => {
    const { page, context } = await openNotice();
    await page.getByRole('button', { name: 'Copy for chat (formatted)' }).click();
    await expect.poll(() => page.getByRole('status').last().innerText()).toBe('The notice was copied with its formatting.');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return undefined;
      return { types: [...item.types], html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });
    expect(copied?.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied?.html).toContain('<h');
    expect(copied?.html).toContain('Video conferencing privacy notice');
    expect(copied?.text).toBe((await notice()).text);
    await context.close();
  });

  test('save as PDF asks the shell for the window that asked and writes a real PDF of the notice', async () => {
    const { page, context } = await openNotice();
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await expect.poll(() => page.getByRole('status').last().innerText()).toMatch(/^Saved as .*\.pdf\.$/);
    expect(world.log.pdfRequests.at(-1)).toEqual({ windowId: 'notice', name: 'Video conferencing privacy notice.pdf' });
    const pdf = await readFile(join(pdfDir, 'Video conferencing privacy notice.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Printing leaves out the controls: only the notice goes on paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.share').isVisible()).toBe(false);
    expect(await page.locator('.notice-text').isVisible()).toBe(true);
    await context.close();
  });

  test('the e-mail draft and the notice’s links go out only through the checked shell port; the page never navigates', async () => {
    const { page, context } = await openNotice();
    const before = page.url();
    await page.getByRole('button', { name: 'Open an e-mail draft' }).click();
    await expect.poll(() => world.log.opened.at(-1) ?? '').toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(world.log.opened.at(-1) ?? '')).toContain('Harbourline Consulting Ltd');

    const link = page.locator('.notice-text a[href="https://zoom.us/privacy"]').first();
    await link.click();
    await expect.poll(() => world.log.opened.at(-1)).toBe('https://zoom.us/privacy');
    expect(page.url()).toBe(before);

    const refused = await page.evaluate(() => window.meetingGuard.link.open({ url: 'https://evil.example/' }));
    expect(refused).toEqual({ ok: false, error: { code: 'not-allowed', message: expect.stringContaining('not one your organisation') } });
    const javascript = await page.evaluate(() => window.meetingGuard.link.open({ url: 'javascript:alert(1)' }));
    expect(javascript.ok).toBe(false);
    expect(world.log.opened).not.toContain('https://evil.example/');
    await context.close();
  });

  test('the page gets named functions only, and malformed requests are refused before any handler runs', async () => {
    const { page, context } = await openNotice();
    const shape = await page.evaluate(() => Object.fromEntries(Object.entries(window.meetingGuard).map(([domain, fns]) => [domain, Object.keys(fns).sort()])));
    expect(shape.notice).toEqual(['emailDraft', 'get', 'respond', 'savePdf']);
    expect(Object.keys(shape)).not.toContain('ipcRenderer');
    // Names, not substrings: a channel such as cleanup:decision ends in "on" and is still a named function.
    const ipcLike = Object.values(shape).flat().filter((name) => /^(send|sendSync|sendTo|invoke|on|once|off|removeListener|removeAllListeners|postMessage)$/.test(name));
    expect(ipcLike).toEqual([]);
    const bad = await page.evaluate(() => (window.meetingGuard.cleanup.clear as (r: unknown) => Promise<unknown>)({ ids: 'everything' }));
    expect(bad).toEqual({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('cleanup:clear: ids') } });
    await context.close();
  });

  test('the CSP stops every connection and inline script: nothing reaches a server the page tries to call', async () => {
    const hits: string[] = [];
    const bait = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
    try {
      const { page, context } = await openNotice();
      const attempts = await page.evaluate(async (target) => {
        const seen: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) => {
          const what = URL.canParse(e.blockedURI) ? new URL(e.blockedURI).pathname : e.blockedURI;
          if (!seen.includes(`${e.effectiveDirective} ${what}`)) seen.push(`${e.effectiveDirective} ${what}`);
        });
        const fetched = await fetch(`${target}/fetch`).then(() => 'connected', (e: Error) => `blocked: ${e.name}`);
        const beacon = navigator.sendBeacon(`${target}/beacon`, 'x');
        const image = await new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('blocked');
          img.src = `${target}/image.png`;
        });
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        return { fetched, beacon, image, inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
      }, url);
      // sendBeacon only queues (it answers true either way); the empty hit list below shows it never left.
      expect(attempts).toEqual({ fetched: 'blocked: TypeError', beacon: expect.any(Boolean), image: 'blocked', inline: false });
      // The browser reports each refusal itself; once all are in, nothing can still be on its way to the server.
      const violations = () => page.evaluate(() => [...(window as unknown as { __violations: string[] }).__violations].sort());
      await expect.poll(violations).toEqual(['connect-src /beacon', 'connect-src /fetch', 'img-src /image.png', 'script-src-elem inline']);
      expect(hits).toEqual([]);
      await context.close();
    } finally {
      await new Promise((resolve) => bait.close(resolve));
    }
  });
});
