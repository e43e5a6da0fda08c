import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createHandlers } from '../../../electron/core/contract/handlers.js';
import type { CoreServices } from '../../../electron/core/contract/services.js';
import { memoryLocaleStore } from '../../../electron/core/contract/services/app-service.js';
import { createKeptService } from '../../../electron/core/contract/services/kept-service.js';
import { noticeView, loadConfiguredNotice, createNoticeService } from '../../../electron/core/contract/services/notice-service.js';
import { notificationFor } from '../../../electron/core/contract/services/notification-text.js';
import { settingViews, createSettingsService } from '../../../electron/core/contract/services/settings-service.js';
import { noticeViewSchema, type PrecallResponse } from '../../../electron/core/contract/views.js';
import { jsonFilePreferences, memoryPreferences } from '../../../electron/core/policy/preferences.js';
import { resolve } from '../../../electron/core/policy/resolve.js';
import { PolicyService } from '../../../electron/core/policy/policy-service.js';
import type { PolicySource } from '../../../electron/core/policy/policy-source.js';
import { tempDir } from '../../support/temp.js';
import { noticeText } from '../notice/notice-builder.js';
import { stateRecorder } from '../../../electron/core/state/state-recorder.js';

const notices = fileURLToPath(new URL('../../../build/notices/', import.meta.url));
const machine = (values: Record<string, unknown>) => ({ 'machine-policy': Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, origin: 'test policy' }])) });
const locale = async () => 'en-GB' as const;

describe('settings view', () => {
  test('lists what a person may change; a setting IT set is locked and names its policy key', () => {
    const views = settingViews(resolve(machine({ cleanupMode: 'off' })), 'en-GB');
    const mode = views.find((v) => v.key === 'cleanupMode');
    expect(mode).toMatchObject({ kind: 'choice', value: 'off', source: 'policy', locked: true, policyKey: 'cleanupMode' });
    expect(mode?.choices?.map((c) => c.value)).toEqual(['off', 'remind', 'clear-on-confirm']);
    expect(views.find((v) => v.key === 'showNoticeBeforeCalls')).toMatchObject({ kind: 'boolean', value: true, source: 'default', locked: false });
    // IT's own lists and notice files are not a person's settings.
    expect(views.map((v) => v.key)).not.toContain('noticeFiles');
    expect(views.map((v) => v.key)).not.toContain('hideQuit');
  });

  test('labels come in Welsh when the window is in Welsh', () => {
    expect(settingViews(resolve({}), 'cy').find((v) => v.key === 'showNoticeBeforeCalls')?.label).toBe('Dangos yr hysbysiad preifatrwydd cyn pob galwad');
  });

  test('speaks to staff, not to IT: no "the user", no true/false, no raw values in the choices', () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      const views = settingViews(resolve({}), locale);
      for (const view of views) {
        expect(`${view.label} ${view.description ?? ''}`).not.toMatch(/the user|y defnyddiwr|\btrue\b|\bfalse\b|policy|polisi/i);
        for (const choice of view.choices ?? []) expect(choice.label).not.toBe(choice.value);
      }
    }
  });

  test('changing a locked setting is refused as "locked"; a free one is written to the preferences file', async () => {
    const dir = await tempDir();
    const preferences = jsonFilePreferences(join(dir, 'preferences.json'));
    const source: PolicySource = { read: async () => ({ machine: { cleanupMode: { value: 'off', origin: 'test' } }, user: {}, problems: [] }), watchPaths: () => [] };
    const policy = new PolicyService({ source, preferences, watch: () => ({ close() {} }) });
    await policy.refresh();
    const service = createSettingsService({ settings: async () => policy.current() ?? policy.refresh(), setPreference: (k, v) => policy.setPreference(k, v), locale });
    await expect(service.set('cleanupMode', 'remind')).rejects.toMatchObject({ code: 'locked' });
    // Said as a form says it, without the internal key.
    await expect(service.set('snoozeMinutes', 2)).rejects.toMatchObject({ code: 'invalid-request', message: 'Enter a whole number from 5 to 1440.' });
    await expect(service.set('noSuchSetting', true)).rejects.toMatchObject({ code: 'not-found' });
    const after = await service.set('snoozeMinutes', 20);
    expect(after.find((v) => v.key === 'snoozeMinutes')).toMatchObject({ value: 20, source: 'user', locked: false });
    expect(JSON.parse(await readFile(join(dir, 'preferences.json'), 'utf8'))).toEqual({ snoozeMinutes: 20 });
  });
});

describe('notice view', () => {
  const settings = (extra: Record<string, unknown> = {}) =>
    resolve(machine({ noticeFiles: { 'en-GB': join(notices, 'glanafon-teams.md'), cy: join(notices, 'glanafon-teams.cy.md') }, ...extra }));

  test('is built from the real example notice and satisfies the contract’s schema', async () => {
    const result = await loadConfiguredNotice(settings(), 'en-GB');
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    const view = noticeViewSchema.parse(noticeView(result.value, settings()));
    expect(view.language).toBe('en-GB');
    expect(view.sections.map((s) => s.id)).not.toContain('in-short');
    expect(view.summary.length).toBeGreaterThan(0);
    expect(view.mailto).toMatch(/^mailto:/);
    expect(view.checklist.map((c) => c.id)).toContain('supervisor-announced');
  });

  test('follows the window language to the Welsh variant', async () => {
    const result = await loadConfiguredNotice(settings(), 'cy');
    expect(result?.ok && result.value.language).toBe('cy');
  });

  test('IT’s checklist from policy replaces the one the notice implies', async () => {
    const resolution = settings({ organiserChecklist: ['Check the lobby.', 'Announce the observer.'] });
    const result = await loadConfiguredNotice(resolution, 'en-GB');
    if (!result?.ok) throw new Error('notice did not load');
    expect(noticeView(result.value, resolution).checklist).toEqual([
      { id: 'policy-1', label: 'Check the lobby.' },
      { id: 'policy-2', label: 'Announce the observer.' },
    ]);
  });

  test('a French notice on a Welsh desktop: the view marks the key-fact rows, lines and headings worded in Welsh', async () => {
    const french = noticeText(
      { language: 'fr', title: 'Avis de confidentialité', purposes: ['Tenir les réunions du personnel.'], recording: { policy: 'disabled' }, supervisor: { mayObserve: true, announced: true, purpose: 'former les nouveaux agents' } },
      '## À propos\n\nTexte de test.\n',
    );
    const resolution = resolve(machine({ noticeText: { fr: french } }));
    const result = await loadConfiguredNotice(resolution, 'cy');
    if (!result?.ok) throw new Error(JSON.stringify(result));
    const view = noticeViewSchema.parse(noticeView(result.value, resolution));
    expect(view.labels).toMatchObject({ lang: 'cy', fellBack: true });
    expect(view.checklistLang).toBe('cy');
    const keyFacts = view.sections.find((s) => s.id === 'key-facts');
    expect(keyFacts?.headingLang).toBe('cy');
    const rows = keyFacts?.blocks[0]?.kind === 'facts' ? keyFacts.blocks[0].rows : [];
    const purposes = rows.find((r) => r.label === 'At beth y defnyddir eich data');
    // The label is Meeting Guard's (Welsh); the line is the notice's own French, so it has no lang of its own.
    expect(purposes).toMatchObject({ lang: 'cy', lineLangs: [null] });
    const supervisor = rows.find((r) => r.label === 'Goruchwyliwr');
    expect(supervisor?.lines[0]).toEqual([
      { kind: 'text', text: 'Gall goruchwyliwr ymuno i arsylwi (' },
      { kind: 'text', text: 'former les nouveaux agents', lang: 'fr' },
      { kind: 'text', text: ').' },
    ]);
    expect(view.sections.find((s) => s.id === 'a-propos')?.headingLang).toBeUndefined();
  });

  test('IT’s own checklist has no language Meeting Guard could claim for it', async () => {
    const resolution = settings({ organiserChecklist: ['Check the lobby.'] });
    const result = await loadConfiguredNotice(resolution, 'en-GB');
    if (!result?.ok) throw new Error('notice did not load');
    expect(noticeView(result.value, resolution).checklistLang).toBeUndefined();
    expect(noticeView(result.value, settings()).checklistLang).toBe('en-GB');
  });

  test('a response names the notice it answers and only items of its checklist', async () => {
    const responses: PrecallResponse[] = [];
    const service = createNoticeService({ settings: async () => settings(), locale, onResponse: (r) => void responses.push(r) });
    const view = await service.current();
    await expect(service.respond({ noticeId: 'stale', response: 'confirmed', checked: [] })).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(service.respond({ noticeId: view.id, response: 'confirmed', checked: ['made-up'] })).rejects.toMatchObject({ code: 'invalid-request' });
    await service.respond({ noticeId: view.id, response: 'dismissed', checked: [] });
    expect(responses).toEqual([{ noticeId: view.id, response: 'dismissed', checked: [] }]);
  });

  test('no notice configured is a message a person can act on', async () => {
    const service = createNoticeService({ settings: async () => resolve({}), locale, onResponse: () => undefined });
    await expect(service.current()).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('Ask your IT team') });
  });
});

describe('what Meeting Guard keeps', () => {
  test('lists preferences, language, state file, status file and quarantine, and clearing removes them all', async () => {
    const dir = await tempDir();
    const quarantine = join(dir, 'quarantine');
    await mkdir(join(quarantine, 'batch-1'), { recursive: true });
    await writeFile(join(quarantine, 'batch-1/manifest.json'), '{}');
    const preferences = memoryPreferences({ snoozeMinutes: 20 });
    const localeStore = memoryLocaleStore('cy');
    let changes = 0;
    const state = stateRecorder(join(dir, 'state.json'), () => new Date('2026-11-23T09:00:00Z'), () => void changes++);
    const statusFile = join(dir, 'status.json');
    const kept = createKeptService({ preferences, localeStore, quarantine, state, statusFile, locale });
    expect((await kept.list()).items.map((i) => i.id)).toEqual(['preferences', 'language', 'quarantine']);
    await state.noticeAcknowledged();
    await writeFile(statusFile, '{}\n');
    const listed = (await kept.list()).items;
    expect(listed.map((i) => i.id)).toEqual(['preferences', 'language', 'state', 'status', 'quarantine']);
    expect(listed.find((i) => i.id === 'status')).toMatchObject({ location: statusFile, detail: expect.stringContaining('writes this file again') });
    expect((await kept.clear()).items).toEqual([]);
    expect(await preferences.all()).toEqual({});
    expect(await localeStore.get()).toBeUndefined();
    await expect(stat(quarantine)).rejects.toThrow();
    await expect(stat(state.file)).rejects.toThrow();
    await expect(stat(statusFile)).rejects.toThrow();
    // The running app hears of both the acknowledgement and the clear, so its status file follows.
    expect(changes).toBe(2);
  });
});

describe('notification text', () => {
  test('a recorder warning names the program; a cleanup reminder offers a concrete snooze', () => {
    const recorder = { id: 'obs', name: 'OBS Studio', level: 'active' as const, category: 'screen-recorder', evidence: 'obs64.exe' };
    const warn = notificationFor({ type: 'warn-recorder', callId: 1, recorder, message: 'OBS Studio is recording.', advice: 'Stop it.' }, 'en-GB', 10);
    expect(warn?.body).toContain('OBS Studio');
    const remind = notificationFor({ type: 'remind-cleanup', callId: 1, clients: ['zoom'] }, 'cy', 10);
    expect(remind?.snooze).toEqual({ minutes: 10, label: 'Atgoffa fi ymhen 10 munud' });
    // Ids never reach a person: the reminder names the clients as people know them.
    const both = notificationFor({ type: 'remind-cleanup', callId: 1, clients: ['zoom', 'browser-chrome', 'teams'] }, 'en-GB', undefined);
    expect(both?.body).toBe('Zoom, Google Chrome and Microsoft Teams kept names, e-mail addresses and IP addresses on this laptop. Clean them up now?');
    expect(remind?.body).toMatch(/^Mae Zoom wedi cadw/);
    expect(notificationFor({ type: 'update-tray', phase: 'idle', callId: 1, clients: [], recorders: [] }, 'en-GB', 10)).toBeUndefined();
  });
});

describe('links from the notice', () => {
  test('a link written in the notice’s text opens through the shell port; a link it does not contain is refused', async () => {
    // The example notice, delivered as inline policy text, with one more link written only in its text.
    const inText = 'https://council.example/video-calls';
    const text = `${await readFile(join(notices, 'harbourline-zoom.md'), 'utf8')}\nSee also [the council's page](${inText}).\n`;
    const resolution = resolve(machine({ noticeText: { 'en-GB': text } }));
    const loaded = await loadConfiguredNotice(resolution, 'en-GB');
    if (!loaded?.ok) throw new Error(`notice did not load: ${JSON.stringify(loaded?.problems)}`);
    const view = noticeView(loaded.value, resolution);
    expect(view.links.map((l) => l.url)).not.toContain(inText);
    const opened: string[] = [];
    const services = {
      notice: { current: async () => view, respond: async () => undefined },
      app: { info: async () => ({ productName: 'Meeting Guard', version: '0', locale: 'en-GB', os: 'linux' }), setLocale: async () => undefined },
      shell: { openExternal: async (url: string) => void opened.push(url), savePdf: async () => ({ saved: false }) },
    } as unknown as CoreServices;
    const handlers = createHandlers(services);
    await handlers['link:open']({ url: inText }, { windowId: 'notice' });
    await expect(handlers['link:open']({ url: 'https://council.example/elsewhere' }, { windowId: 'notice' })).rejects.toMatchObject({ code: 'not-allowed' });
    await handlers['notice:emailDraft']({}, { windowId: 'notice' });
    expect(opened).toEqual([inText, view.mailto]);
  });
});
