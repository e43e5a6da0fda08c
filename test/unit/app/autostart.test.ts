import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUTOSTART_FLAG, loginItemSettings, startDecision, startedAtLogin } from '../../../electron/core/app/autostart.js';
import { plainSettings } from '../../../electron/core/app/watcher-config.js';
import { resolve } from '../../../electron/core/policy/resolve.js';

const project = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const origin = 'test';

describe('start at login', () => {
  it('a start from a login entry ends at once when startAtLogin is false; a person\'s own start never does', () => {
    expect(startDecision(['/opt/Meeting Guard/meeting-guard', AUTOSTART_FLAG], false)).toBe('quit');
    expect(startDecision(['/opt/Meeting Guard/meeting-guard', AUTOSTART_FLAG], true)).toBe('start');
    expect(startDecision(['/opt/Meeting Guard/meeting-guard'], false)).toBe('start');
    expect(startedAtLogin(['electron', '.', '--autostart-other'])).toBe(false);
  });

  it('every login entry the installers write passes the flag the app looks for', () => {
    expect(project('build/linux/after-install.tpl')).toMatch(new RegExp(`^Exec=.* ${AUTOSTART_FLAG}$`, 'm'));
    expect(project('build/pkg-scripts/postinstall')).toContain(`<string>${AUTOSTART_FLAG}</string>`);
    expect(project('scripts/package-msi-autostart.mjs')).toContain(`&quot; ${AUTOSTART_FLAG}\``);
  });

  it('the app\'s own login item follows the setting on Windows and macOS, with the same flag; none on Linux', () => {
    expect(loginItemSettings('windows', false)).toEqual({ openAtLogin: false, args: [AUTOSTART_FLAG] });
    expect(loginItemSettings('macos', true)).toEqual({ openAtLogin: true, args: [AUTOSTART_FLAG] });
    expect(loginItemSettings('linux', true)).toBeUndefined();
  });

  it('on by default; the user may turn it off; IT\'s machine policy wins both ways; user policy is refused', () => {
    const value = (layers: Parameters<typeof resolve>[0]) => plainSettings(resolve(layers).settings).startAtLogin;
    expect(value({})).toBe(true);
    expect(value({ 'user-preference': { startAtLogin: { value: false, origin } } })).toBe(false);
    expect(value({ 'user-preference': { startAtLogin: { value: false, origin } }, 'machine-policy': { startAtLogin: { value: true, origin } } })).toBe(true);
    expect(value({ 'user-preference': { startAtLogin: { value: true, origin } }, 'machine-policy': { startAtLogin: { value: false, origin } } })).toBe(false);
    const fromUserPolicy = resolve({ 'user-policy': { startAtLogin: { value: false, origin } } });
    expect(fromUserPolicy.settings.startAtLogin.value).toBe(true);
    expect(fromUserPolicy.problems).toEqual([expect.objectContaining({ setting: 'startAtLogin', message: expect.stringContaining('whole machine') })]);
  });
});
