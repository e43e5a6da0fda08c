// Notices in the running app are parsed on a thread of their own (the bundle the build ships), so the main process
// (tray, menu, IPC) keeps answering while a large notice is read.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNoticeOffThread } from '../../../electron/core/notice/load-off-thread.js';
import { loadNotice } from '../../../electron/core/notice/load-notice.js';
import { example } from './notice-helpers.js';

// As the CLI build ships it; the test run builds first (test/global-setup.ts).
const script = pathToFileURL(join(import.meta.dirname, '../../../dist/cli/notice-worker.mjs'));
const variants = [{ path: 'harbourline-zoom.md', text: example('harbourline-zoom.md') }];

describe('the notice thread', () => {
  it('gives the same result as reading on the calling thread', async () => {
    const offThread = await loadNoticeOffThread({ script }, { variants, language: 'en-GB', fallback: 'en-GB' });
    expect(offThread).toEqual(loadNotice(variants, 'en-GB', 'en-GB'));
  });

  it('keeps the main thread free while a large notice is parsed', async () => {
    // The largest notice accepted, made of short list items (the slowest shape for the Markdown parser).
    const at = variants[0]!.text.lastIndexOf('\n## ');
    const big = `${variants[0]!.text.slice(0, at)}\n## Items\n\n${'- a\n'.repeat(30_000)}${variants[0]!.text.slice(at)}`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const result = await loadNoticeOffThread({ script }, { variants: [{ path: 'big.md', text: big }], language: 'en-GB', fallback: 'en-GB' });
    clearInterval(timer);
    expect(result.ok).toBe(true);
    // The timer kept firing during the parse (on the calling thread it could not fire until the parse ended).
    expect(ticks).toBeGreaterThan(5);
  });

  it('stops a read that takes too long and says so, instead of waiting for ever', async () => {
    const result = await loadNoticeOffThread({ script, timeoutMs: 1 }, { variants, language: 'en-GB', fallback: 'en-GB' });
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'harbourline-zoom.md', errors: [{ message: 'reading the notice took longer than 0.001 s and was stopped' }] }] });
  });
});
