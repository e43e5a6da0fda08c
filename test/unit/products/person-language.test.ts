import { describe, expect, it } from 'vitest';
import { recorderWarning } from '../../../electron/core/calls/warning-text.js';
import { textLine } from '../../../electron/core/calls/watch-output.js';
import { notificationFor } from '../../../electron/core/contract/services/notification-text.js';
import { cliLanguage } from '../../../electron/core/cli/cli-language.js';
import { allProducts, displayName } from '../../../electron/core/products/index.js';
import type { RecorderSighting } from '../../../electron/core/calls/call-events.js';
import { runCliProcess } from '../../support/cli.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { zoomLog } from '../cleanup/homes.js';

/**
 * Wherever a recorder or meeting client is named to a person, it speaks that person's UI language: the recorder
 * warning (notification, `watch` text), the cleanup text of the CLI. English and Welsh, with the products' own names.
 */
const sighting = (id: string, name: string, level: RecorderSighting['level'], category: string): RecorderSighting => ({ id, name, level, category, evidence: `${name} (pid 4242)` });
const obs = sighting('obs', 'OBS Studio', 'active', 'streaming');
const anydesk = sighting('anydesk', 'AnyDesk', 'present', 'remote-view');
const screenshot = sighting('macos-screen-capture', 'macOS screenshot and screen recording', 'active', 'os-capture');

describe('recorder warnings in the person\'s language', () => {
  it('words each kind of warning in English and Welsh', () => {
    expect(recorderWarning(obs, 'en-GB').message).toBe('OBS Studio is recording or capturing during this call.');
    expect(recorderWarning(obs, 'cy').message).toBe('Mae OBS Studio yn recordio neu’n dal y sgrin yn ystod yr alwad hon.');
    expect(recorderWarning(obs, 'cy').advice).toMatch(/^Stopiwch OBS Studio, neu dywedwch wrth bawb/);
    expect(recorderWarning(anydesk, 'en-GB').message).toMatch(/AnyDesk is running during this call\. .*may be idle/);
    expect(recorderWarning(anydesk, 'cy').message).toMatch(/^Mae AnyDesk yn rhedeg yn ystod yr alwad hon\. .*segur/);
    expect(recorderWarning({ ...anydesk, level: 'active' }, 'cy').message).toBe('Mae AnyDesk yn rhedeg: efallai y gall rhywun y tu allan i’r alwad hon weld eich sgrin.');
    // "cy-GB" as the OS reports it is Welsh; a language the screens do not speak is English.
    expect(recorderWarning(obs, 'cy-GB').message).toBe(recorderWarning(obs, 'cy').message);
    expect(recorderWarning(obs, 'fr').message).toBe(recorderWarning(obs, 'en-GB').message);
  });

  it('uses the product\'s Welsh name where it has one, and keeps the name IT gave a program it added', () => {
    expect(recorderWarning(screenshot, 'cy').message).toBe('Mae Sgrinlun a recordio sgrin macOS yn recordio neu’n dal y sgrin yn ystod yr alwad hon.');
    expect(recorderWarning(screenshot, 'en-GB').message).toContain('macOS screenshot and screen recording is recording');
    const added = sighting('policy-recorder-camrec', 'CamRec.exe', 'active', 'screen-recorder');
    expect(recorderWarning(added, 'cy').message).toBe('Mae CamRec.exe yn recordio neu’n dal y sgrin yn ystod yr alwad hon.');
  });

  it('names every recorder by its display name in both languages, never by its id', () => {
    const recorders = allProducts().filter((p) => p.role === 'recorder');
    expect(recorders.length).toBeGreaterThanOrEqual(120);
    for (const p of recorders) {
      for (const language of ['en-GB', 'cy'] as const) {
        const { message, advice } = recorderWarning(sighting(p.id, displayName(p, 'en-GB'), p.mayBeIdle ? 'present' : 'active', p.category!), language);
        expect(message, p.id).toContain(displayName(p, language));
        // An id with a dash is the kind that would show it leaked ("macos-screen-capture"), unless the product's
        // own name is written that way ("pw-record / parecord").
        if (p.id.includes('-') && !displayName(p, language).includes(p.id)) expect(`${message} ${advice}`, p.id).not.toContain(p.id);
      }
    }
  });

  it('the notification is worded in the app\'s language, not in the English the effect carries for logs', () => {
    const english = recorderWarning(obs, 'en-GB');
    const effect = { type: 'warn-recorder' as const, callId: 1, recorder: screenshot, ...recorderWarning(screenshot, 'en-GB') };
    const cy = notificationFor(effect, 'cy', undefined);
    expect(cy?.title).toBe('Mae meddalwedd recordio’n rhedeg');
    expect(cy?.body).toMatch(/^Mae Sgrinlun a recordio sgrin macOS yn recordio/);
    expect(cy?.body).not.toContain('macOS screenshot');
    const en = notificationFor({ type: 'warn-recorder', callId: 1, recorder: obs, ...english }, 'en-GB', undefined);
    expect(en?.body).toBe(`${english.message} ${english.advice}`);
  });

  it('`watch` prints the warning in the terminal\'s language and names clients the same way', () => {
    const effect = { kind: 'effect' as const, time: '2026-01-10T09:00:00.000Z', type: 'warn-recorder' as const, callId: 1, recorder: obs, ...recorderWarning(obs, 'en-GB') };
    expect(textLine(effect, 'cy')).toMatch(/^09:00:00 RHYBUDD: Mae OBS Studio yn recordio/);
    expect(textLine(effect)).toMatch(/^09:00:00 WARNING: OBS Studio is recording/);
    const off = { kind: 'event' as const, time: '2026-01-10T09:00:00.000Z', type: 'call-signal-off' as const, at: 0, source: 'teams' };
    expect(textLine(off, 'en-GB')).toContain('signal gone: Microsoft Teams');
  });
});

describe('the CLI\'s language', () => {
  it('is --lang, else LC_ALL, LC_MESSAGES, LANG in POSIX order, else British English', () => {
    expect(cliLanguage('cy', { LANG: 'en_GB.UTF-8' })).toBe('cy');
    expect(cliLanguage(undefined, { LC_ALL: 'cy_GB.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('cy');
    expect(cliLanguage(undefined, { LC_ALL: '', LC_MESSAGES: 'cy_GB', LANG: 'en_GB.UTF-8' })).toBe('cy');
    expect(cliLanguage(undefined, { LANG: 'cy_GB.UTF-8@euro' })).toBe('cy');
    expect(cliLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en-GB');
    expect(cliLanguage(undefined, { LANG: 'C' })).toBe('en-GB');
    expect(cliLanguage(undefined, {})).toBe('en-GB');
    expect(cliLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en-GB');
  });

  it('`cleanup --scan` text speaks Welsh with --lang cy or a Welsh locale; --json stays the same', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/zoom_stdout.log': zoomLog });
    const welsh = await runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--home', home, '--lang', 'cy']);
    expect(welsh.code).toBe(0);
    expect(welsh.stdout).toMatch(/^Zoom: .* mewn 1 lleoliad/);
    expect(welsh.stdout).toContain('Logiau Zoom: cyfeiriadau IP ac enwau cyfranogwyr');
    expect(welsh.stdout).toMatch(/wedi’u canfod: 1 cyfeiriad e-bost/);
    expect(welsh.stdout).toContain('Awgrym: ');
    expect(welsh.stdout).not.toMatch(/\bzoom\.linux\./);
    const byLocale = await runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--home', home], { env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'cy_GB.UTF-8' } });
    expect(byLocale.stdout).toBe(welsh.stdout);
    const english = await runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--home', home], { env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } });
    expect(english.stdout).toContain('Zoom logs: IP addresses and names of participants');
    expect(english.stdout).toMatch(/found: 1 e-mail address/);
    const jsonCy = await runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--home', home, '--json', '--lang', 'cy']);
    const jsonEn = await runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--home', home, '--json']);
    expect(jsonCy.stdout.replace(/"(startedAt|finishedAt|durationMs)": [^,\n]+/g, '')).toBe(jsonEn.stdout.replace(/"(startedAt|finishedAt|durationMs)": [^,\n]+/g, ''));
    const bad = await runCliProcess(['cleanup', '--scan', '--home', home, '--lang', '../x']);
    expect(bad.code).toBe(2);
  });
});

describe('the cleanup screen when a client is still running', () => {
  it('says which program is running in the person\'s language, by its name', async () => {
    const { createCleanupService } = await import('../../../electron/core/contract/services/cleanup-service.js');
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/zoom_stdout.log': zoomLog });
    const policy = { mode: 'clear-on-confirm' as const, clients: ['zoom'], extraPaths: [], retentionDays: 7, decidedBy: { mode: 'default' as const, clients: 'default' as const, extraPaths: 'default' as const, retentionDays: 'default' as const } };
    const moved: unknown[] = [];
    for (const [locale, words] of [['cy', 'Mae Zoom yn rhedeg'], ['en-GB', 'Zoom is running']] as const) {
      const service = createCleanupService({
        os: 'linux',
        home,
        policy: async () => policy,
        // Zoom runs: the clear checks again and skips its folder.
        processes: async (names) => (names.includes('zoom') ? [{ pid: 4242, name: 'zoom' }] : []),
        actions: { clear: async (chosen: unknown[]) => (moved.push(...chosen), { cleared: [], skipped: [] }) } as never,
        locale: async () => locale,
      });
      const view = await service.scan();
      const item = view.clients[0]!.items[0]!;
      const result = await service.clear([item.id]);
      expect(result.skipped[0]?.reason).toBe(words);
    }
    expect(moved).toEqual([]);
  });
});
