import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/core/cli/run-cli.js';
import type { CliIo } from '../../../electron/core/cli/io.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { appPaths } from '../../../electron/core/platform/app-paths.js';
import { LINUX_POLICY_DIR } from '../../../electron/core/policy/policy-schema.js';
import { stateRecorder } from '../../../electron/core/state/state-recorder.js';
import { gatherStatus } from '../../../electron/core/report/gather-status.js';
import { statusFileText, writeStatusFile } from '../../../electron/core/report/status-keeper.js';
import { dispatch } from '../../../electron/core/contract/dispatch.js';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { linuxHome } from '../cleanup/homes.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { standinCore } from '../../support/standin-core.js';

// What the fixture home holds (homes.ts): addresses, IPs and the display name a meeting client keeps.
const PERSONAL = ['jane.doe@example.org', 'sam.smith@example.com', '192.0.2.44', '198.51.100.7', '2001:db8:85a3::8a2e:370:7334', 'Jane Doe'];
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
const IPV6 = /\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}:[0-9a-f]{1,4}\b/i;

async function filesBelow(dir: string, skip: (path: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) out.push(...(await filesBelow(path, skip)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function personalIn(text: string): string[] {
  const hits = PERSONAL.filter((p) => text.includes(p));
  const email = EMAIL.exec(text);
  const v4 = IPV4.exec(text);
  const v6 = IPV6.exec(text);
  return [...hits, ...(email ? [email[0]] : []), ...(v4 ? [v4[0]] : []), ...(v6 ? [v6[0]] : [])];
}

const noTools: CommandRunner = async (command) => ({ kind: 'missing', command });

describe('nothing personal in what Meeting Guard writes', () => {
  it('after scanning and clearing a home full of addresses, its files and outputs hold no address, IP or name', async () => {
    const dir = await tempDir('mg-pii-');
    const root = join(dir, 'root');
    const home = join(dir, 'home');
    await linuxHome(home);
    await writeTree(root, { [join(LINUX_POLICY_DIR, 'meeting-guard.json')]: '{"cleanupMode": "clear-on-confirm"}', 'proc/.keep': '' });
    const env = { HOME: home };
    const platform = selectPlatform('linux', { run: noTools, root, home, env });
    const outputs: Record<string, string> = {};
    const cli = async (label: string, args: string[]) => {
      let text = '';
      const io: CliIo = { stdout: (t) => void (text += t), stderr: (t) => void (text += t), readStdin: async () => '', env, cwd: dir };
      await runCli(args, { io, platform: async () => platform });
      outputs[label] = text;
    };
    await cli('scan', ['cleanup', '--scan', '--json']);
    await cli('clear', ['cleanup', '--clear', '--yes', '--json']);
    await cli('list', ['cleanup', '--list-quarantine', '--json']);
    for (const format of ['text', 'json', 'jamf', 'intune']) await cli(`report ${format}`, ['report', '--format', format]);
    await cli('watch', ['watch', '--json', '--exit-after-ms', '50']);

    // The app's own writes: state (acknowledged, cleared), preferences (through the IPC contract), the status file.
    const paths = appPaths('linux', home, env);
    const state = stateRecorder(paths.stateFile, () => new Date('2026-01-15T10:00:00Z'));
    await state.noticeAcknowledged();
    await state.cleared();
    const core = await standinCore({ policy: {}, run: noTools });
    await dispatch(core.handlers, 'settings:set', { key: 'snoozeMinutes', value: 20 }, { windowId: 'settings' });
    await writeFile(join(home, '.config/Meeting Guard/preferences.json'), await readFile(join(core.home, '.config/Meeting Guard/preferences.json')));
    await core.dispose();
    await writeStatusFile(paths.statusFile, statusFileText(await gatherStatus(platform, { producer: 'app', now: new Date('2026-01-15T10:00:00Z') })));

    // The clear really moved the data (so the scan below is over a run that handled it).
    expect(JSON.parse(outputs.clear!).items.some((i: { status: string }) => i.status === 'cleared')).toBe(true);
    // Quarantined items are the user's own data, kept for undo: excluded. Their manifest is included.
    const own = [...new Set([paths.userDataDir, paths.localDataDir])];
    const files = (await Promise.all(own.map((d) => filesBelow(d, (p) => /\/quarantine\/[^/]+\/items$/.test(p))))).flat();
    expect(files.map((f) => f.slice(home.length))).toEqual(expect.arrayContaining(['/.config/Meeting Guard/state.json', '/.config/Meeting Guard/preferences.json', expect.stringMatching(/status\.json$/), expect.stringMatching(/manifest\.json$/)]));
    const found: Record<string, string[]> = {};
    for (const file of files) {
      if ((await stat(file)).size > 1_000_000) continue;
      const hits = personalIn(await readFile(file, 'utf8'));
      if (hits.length) found[file] = hits;
    }
    for (const [label, text] of Object.entries(outputs)) {
      // The scan shows masked previews by design (j***@example.org, 192.0.2.x): never the whole value.
      const hits = label === 'scan' ? PERSONAL.filter((p) => text.includes(p)) : personalIn(text);
      if (hits.length) found[`output of ${label}`] = hits;
    }
    expect(found).toEqual({});
    expect(outputs.scan).toMatch(/j\*\*\*@example\.org/); // the masking is what the scan showed
  });
});
