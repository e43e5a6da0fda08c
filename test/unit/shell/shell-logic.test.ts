import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliArgsFrom } from '../../../electron/cli-mode.js';
import { contentTypeFor, rendererFileFor } from '../../../electron/renderer-files.js';
import { screenOfSender } from '../../../electron/sender-check.js';
import { allowedRequest } from '../../../electron/security.js';

const windows: [string, { webContentsId: number }][] = [
  ['notice', { webContentsId: 7 }],
  ['cleanup', { webContentsId: 9 }],
];

describe('sender check', () => {
  test('accepts the main frame of one of our windows and says which screen it is', () => {
    expect(screenOfSender({ webContentsId: 9, isMainFrame: true, frameUrl: 'app://meeting-guard/index.html#cleanup' }, windows)).toBe('cleanup');
  });
  test.each([
    ['a sub-frame', { webContentsId: 9, isMainFrame: false, frameUrl: 'app://meeting-guard/index.html' }],
    ['a page from elsewhere in our window', { webContentsId: 9, isMainFrame: true, frameUrl: 'https://evil.example/' }],
    ['a look-alike host', { webContentsId: 9, isMainFrame: true, frameUrl: 'app://meeting-guard.evil/index.html' }],
    ['a web contents that is not one of our windows', { webContentsId: 3, isMainFrame: true, frameUrl: 'app://meeting-guard/index.html' }],
  ])('refuses %s', (_name, facts) => {
    expect(screenOfSender(facts, windows)).toBeUndefined();
  });
});

describe('renderer files', () => {
  const root = join('/opt', 'mg', 'renderer');
  test('maps app:// URLs to files below the renderer folder', () => {
    expect(rendererFileFor(root, 'app://meeting-guard/index.html#notice')).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, 'app://meeting-guard/')).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, 'app://meeting-guard/assets/index-1.js?x=1')).toBe(join(root, 'assets/index-1.js'));
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
  });
  test('dot segments are resolved by the URL parser first, so they stay inside the renderer folder', () => {
    expect(rendererFileFor(root, 'app://meeting-guard/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(rendererFileFor(root, 'app://meeting-guard/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
  });
  test.each([
    'app://meeting-guard/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://meeting-guard/a%00b',
    'app://other-host/index.html',
    'file:///opt/mg/renderer/index.html',
    'app://meeting-guard/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(rendererFileFor(root, url)).toBeUndefined();
  });
});

describe('network filter', () => {
  test('lets through only the app’s own pages and the developer tools', () => {
    expect(allowedRequest('app://meeting-guard/assets/index.js')).toBe(true);
    expect(allowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(allowedRequest('https://update.example/')).toBe(false);
    expect(allowedRequest('file:///etc/passwd')).toBe(false);
    expect(allowedRequest('app://meeting-guardian/x')).toBe(false);
  });
});

describe('CLI mode', () => {
  const names = ['device', 'notice', 'cleanup'];
  test('a known command after the app runs the CLI, packaged or not', () => {
    expect(cliArgsFrom(['/Applications/Meeting Guard.app/Contents/MacOS/Meeting Guard', 'device', '--json'], true, names)).toEqual(['device', '--json']);
    expect(cliArgsFrom(['/usr/lib/electron/electron', '.', 'notice', '--check', 'x.md'], false, names)).toEqual(['notice', '--check', 'x.md']);
    expect(cliArgsFrom(['MeetingGuard.exe', '--cli', 'report'], true, names)).toEqual(['report']);
    expect(cliArgsFrom(['MeetingGuard.exe', '--version'], true, names)).toEqual(['--version']);
  });
  test('anything else starts the tray app', () => {
    expect(cliArgsFrom(['MeetingGuard.exe'], true, names)).toBeUndefined();
    expect(cliArgsFrom(['Meeting Guard', '-psn_0_12345'], true, names)).toBeUndefined();
    expect(cliArgsFrom(['electron', '.', '--enable-logging'], false, names)).toBeUndefined();
    // In development argv[1] is the app path: "." must not be read as a command.
    expect(cliArgsFrom(['electron', 'device'], false, names)).toBeUndefined();
  });
});
