import { readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from '../../support/temp.js';
import { runCliProcess } from '../../support/cli.js';
import { scanClients } from '../../../electron/core/cleanup/scan.js';
import { planClear } from '../../../electron/core/cleanup/clear-plan.js';
import { executeClear } from '../../../electron/core/cleanup/clear.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';
import { clientIds } from '../../../electron/core/cleanup/catalogue/catalogue.js';

/**
 * Homes with the meeting and chat apps that gained cleanup locations, laid out as their sources describe:
 * - Discord: BleachBit cleaners/discord.xml (base folders ~/.config/discord, ~/snap/discord/current/.config/discord,
 *   ~/.var/app/com.discordapp.Discord/config/discord, %APPDATA%\discord; inside them Cache, Cookies, Network
 *   Persistent State) and KAPE Targets/Apps/Discord.tkape (Local Storage\leveldb); settings.json and the voice modules
 *   (<version>/modules/discord_voice) beside them as an installed Discord has them.
 * - Jitsi Meet, Element, Amazon Chime, RingCentral, GoTo, BlueJeans on macOS: Homebrew casks' zap lists.
 * - A Chromium Network Persistent State file is JSON with net.http_server_properties.servers (Chromium
 *   net/http/http_server_properties_manager.cc); a leveldb log names keys and values in clear text.
 */
const nobody = async () => [];
const quarantineFor = (home: string) => new Quarantine({ root: quarantineFolder('linux', home), home, now: () => new Date('2026-01-10T09:00:00Z'), retentionDays: 7 });
const networkState = JSON.stringify({ net: { http_server_properties: { servers: [{ server: 'https://gateway.discord.gg', network_stats: { srtt: 21000 } }, { server: 'https://198.51.100.23:443' }], version: 5 } } });
const leveldb = '\u0001_https://discord.app\u0000\u0001tokenJ"mfa.0123456789abcdef"\u0001email_cache"sam.smith@example.com"';
const discordTree = (base: string) => ({
  [`${base}/Cache/Cache_Data/data_1`]: 'avatar of Jane Doe jane.doe@example.org',
  [`${base}/Local Storage/leveldb/000003.log`]: leveldb,
  [`${base}/Network Persistent State`]: networkState,
  [`${base}/Cookies`]: 'SQLite format 3\u0000',
  [`${base}/settings.json`]: '{"BACKGROUND_COLOR":"#202225","IS_MAXIMIZED":false}',
  [`${base}/0.0.76/modules/discord_voice/index.js`]: 'module.exports = {}',
});

describe('more meeting clients with cleanup locations', () => {
  it('lists the clients that gained locations; the messaging apps whose data is the person\'s own are not among them', () => {
    expect(clientIds).toEqual(expect.arrayContaining(['zoom', 'teams', 'webex', 'slack', 'discord', 'jitsi', 'element', 'chime', 'ringcentral', 'goto', 'bluejeans', 'mattermost', 'rocket-chat', 'browser']));
    for (const own of ['signal', 'telegram', 'whatsapp', 'wechat', 'viber']) expect(clientIds).not.toContain(own);
  });

  it('Discord on Linux: finds the cache, sign-in, network state and cookies in each install, once; keeps settings and voice modules', async () => {
    const home = await tempDir();
    await writeTree(home, {
      ...discordTree('.config/discord'),
      ...discordTree('snap/discord/171/.config/discord'),
      ...discordTree('.var/app/com.discordapp.Discord/config/discord'),
    });
    await symlink('171', join(home, 'snap/discord/current'));
    const report = await scanClients({ os: 'linux', home, clients: ['discord'] });
    const found = report.clients[0]!.locations.filter((l) => l.exists).map((l) => [l.id, l.path.slice(home.length + 1)]);
    expect(found).toEqual([
      ['discord.linux.cache', '.config/discord/Cache'],
      ['discord.linux.sign-in', '.config/discord/Local Storage'],
      ['discord.linux.network', '.config/discord/Network Persistent State'],
      ['discord.linux.cookies', '.config/discord/Cookies'],
      ['discord.linux.snap-cache', 'snap/discord/171/.config/discord/Cache'],
      ['discord.linux.snap-sign-in', 'snap/discord/171/.config/discord/Local Storage'],
      ['discord.linux.snap-network', 'snap/discord/171/.config/discord/Network Persistent State'],
      ['discord.linux.snap-cookies', 'snap/discord/171/.config/discord/Cookies'],
      ['discord.linux.flatpak-cache', '.var/app/com.discordapp.Discord/config/discord/Cache'],
      ['discord.linux.flatpak-sign-in', '.var/app/com.discordapp.Discord/config/discord/Local Storage'],
      ['discord.linux.flatpak-network', '.var/app/com.discordapp.Discord/config/discord/Network Persistent State'],
      ['discord.linux.flatpak-cookies', '.var/app/com.discordapp.Discord/config/discord/Cookies'],
    ]);
    const signIn = report.clients[0]!.locations.find((l) => l.id === 'discord.linux.sign-in')!;
    expect(signIn.findings.emails.count).toBe(1);
    const network = report.clients[0]!.locations.find((l) => l.id === 'discord.linux.network')!;
    expect(network.findings.ipv4.count).toBe(1);

    const plan = await planClear({ os: 'linux', home, clients: ['discord'] });
    await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: nobody, quarantine: quarantineFor(home) });
    for (const base of ['.config/discord', 'snap/discord/171/.config/discord', '.var/app/com.discordapp.Discord/config/discord']) {
      expect((await readdir(join(home, base))).sort(), base).toEqual(['0.0.76', 'settings.json']);
      expect(await readFile(join(home, base, 'settings.json'), 'utf8')).toContain('BACKGROUND_COLOR');
    }
    const text = await runCliProcess(['cleanup', '--scan', '--client', 'discord', '--home', home, '--lang', 'en-GB']);
    expect(text.stdout).toContain('Discord: nothing found');
  });

  it('Discord on Windows (stable and PTB) and Jitsi Meet, read from a copied profile', async () => {
    const home = await tempDir();
    await writeTree(home, {
      ...discordTree('AppData/Roaming/discord'),
      ...discordTree('AppData/Roaming/discordptb'),
      'AppData/Roaming/Jitsi Meet/Local Storage/leveldb/000005.log': '\u0001features/base/settings{"displayName":"Jane Doe","email":"jane.doe@example.org"}',
    });
    const report = await scanClients({ os: 'windows', home, clients: ['discord', 'jitsi'] });
    const present = report.clients.flatMap((c) => c.locations.filter((l) => l.exists).map((l) => l.id));
    expect(present).toEqual([
      'discord.windows.cache', 'discord.windows.sign-in', 'discord.windows.network', 'discord.windows.cookies',
      'discord.windows.ptb-cache', 'discord.windows.ptb-sign-in', 'discord.windows.ptb-network', 'discord.windows.ptb-cookies',
      'jitsi.windows.data',
    ]);
    const jitsi = report.clients[1]!.locations.find((l) => l.id === 'jitsi.windows.data')!;
    expect(jitsi.findings.emails.count).toBe(1);
  });

  it('a folder the catalogue names ("Jitsi Meet") is printed as it is, a person\'s name below it still masked', async () => {
    const home = await tempDir();
    await writeTree(home, {
      '.config/Jitsi Meet/Local Storage/leveldb/000003.log': '{"displayName":"Jane Doe"}',
      '.config/Jitsi Meet/Jane Doe notes.txt': 'jane.doe@example.org',
    });
    const clear = await runCliProcess(['cleanup', '--clear', '--dry-run', '--client', 'jitsi', '--home', home, '--lang', 'en-GB']);
    expect(clear.stdout).toContain(`would clear: ${home}/.config/Jitsi Meet`);
    const scan = await runCliProcess(['cleanup', '--scan', '--client', 'jitsi', '--home', home, '--lang', 'en-GB']);
    expect(scan.stdout).toContain('J*** D*** notes.txt');
    expect(scan.stdout).not.toContain('Jane Doe');
  });

  it('Mattermost: its IndexedDB (the keystroke log KAPE documents) is cleared, the servers and settings beside it stay', async () => {
    const home = await tempDir();
    const base = '.config/Mattermost';
    // KAPE:Mattermost: IndexedDB/<a folder per server>/<n>.log, each message once per keystroke, timestamped.
    const typing = ['h', 'he', 'hel', 'hell', 'hello Jane, call at 3?'].map((t, i) => `\u0001${1767949200000 + i * 180}\u0000message "${t}" user sam.smith@example.com`).join('');
    await writeTree(home, {
      [`${base}/IndexedDB/https_chat.example.org_0.indexeddb.leveldb/000135.log`]: typing,
      [`${base}/config.json`]: '{"version":3,"teams":[{"name":"Example","url":"https://chat.example.org"}]}',
      [`${base}/Preferences`]: '{"spellcheck":{"dictionaries":["en-GB"]}}',
    });
    const report = await scanClients({ os: 'linux', home, clients: ['mattermost'] });
    const typed = report.clients[0]!.locations.find((l) => l.id === 'mattermost.linux.typed')!;
    expect(typed.exists).toBe(true);
    // Once per keystroke entry, as the log repeats the message each time.
    expect(typed.findings.emails.count).toBe(5);
    const plan = await planClear({ os: 'linux', home, clients: ['mattermost'] });
    await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: nobody, quarantine: quarantineFor(home) });
    expect((await readdir(join(home, base))).sort()).toEqual(['Preferences', 'config.json']);
  });

  it('personal Teams (Teams free) on Windows: new Teams\' layout in its own package, as public scripts and a forensic write-up show it', async () => {
    const home = await tempDir();
    const base = 'AppData/Local/Packages/MicrosoftTeams_8wekyb3d8bbwe/LocalCache/Microsoft/MSTeams';
    await writeTree(home, {
      [`${base}/Logs/MSTeams_2026-01-10_09-00-00.00.log`]: 'call joined 192.0.2.30 sam.smith@example.com\n',
      [`${base}/EBWebView/Default/IndexedDB/https_teams.live.com_0.indexeddb.leveldb/000003.log`]: '{"displayName":"Jane Doe","email":"jane.doe@example.org"}',
      [`${base}/Backgrounds/Uploads/garden.png`]: 'png',
    });
    const report = await scanClients({ os: 'windows', home, clients: ['teams'] });
    const personal = report.clients[0]!.locations.find((l) => l.id === 'teams.windows.personal')!;
    expect(personal.exists).toBe(true);
    expect(personal.findings.emails.count).toBe(2);
    // What a clear would move: everything in the folder but the custom backgrounds.
    const plan = await planClear({ os: 'windows', home, clients: ['teams'] });
    const moved = plan.targets.map((t) => t.path.slice(home.length + 1).replace(/\\/g, '/')).sort();
    expect(moved.some((p) => p.includes('Backgrounds'))).toBe(false);
    expect(moved).toEqual([`${base}/EBWebView`, `${base}/Logs`]);
  });

  it('macOS: Element\'s data folder (messages and their keys) is never touched, its logs and cache are; Chime, RingCentral, GoTo, BlueJeans, Jitsi found where Homebrew says', async () => {
    const home = await tempDir();
    const lib = 'Library';
    await writeTree(home, {
      [`${lib}/Application Support/Element/IndexedDB/vector_vector_0.indexeddb.leveldb/000003.log`]: 'm.room.message from @jane:example.org',
      [`${lib}/Logs/Riot/main.log`]: '[2026-01-10 09:00:00] info: connecting to https://matrix.example.org (203.0.113.8)',
      [`${lib}/Caches/im.riot.app/Cache.db`]: 'cache',
      [`${lib}/Application Support/Amazon Chime/Local Storage/leveldb/000003.log`]: 'sam.smith@example.com',
      [`${lib}/Logs/Amazon Chime/chime.log`]: 'media 192.0.2.14',
      [`${lib}/Application Support/RingCentral/Local Storage/leveldb/000003.log`]: 'sam.smith@example.com',
      [`${lib}/Logs/RingCentral/main.log`]: 'sip 192.0.2.15',
      [`${lib}/Application Support/LogMeInInc/GoToMeeting/G2MUpdate.log`]: 'organizer jane.doe@example.org',
      [`${lib}/Logs/BlueJeans/bluejeans.log`]: 'connected 192.0.2.16',
      [`${lib}/Application Support/Jitsi Meet/Local Storage/leveldb/000003.log`]: '{"displayName":"Jane Doe"}',
      [`${lib}/Logs/Jitsi Meet/main.log`]: 'joined https://meet.jit.si/WeeklyStandup',
    });
    const report = await scanClients({ os: 'macos', home, clients: ['element', 'chime', 'ringcentral', 'goto', 'bluejeans', 'jitsi'] });
    const byId = new Map(report.clients.flatMap((c) => c.locations.filter((l) => l.exists).map((l) => [l.id, l])));
    expect([...byId.keys()]).toEqual([
      'element.macos.data', 'element.macos.logs', 'element.macos.caches',
      'chime.macos.data', 'chime.macos.logs',
      'ringcentral.macos.data', 'ringcentral.macos.logs',
      'goto.macos.data',
      'bluejeans.macos.logs',
      'jitsi.macos.data', 'jitsi.macos.logs',
    ]);
    expect(byId.get('element.macos.data')?.clear).toBe('never');
    expect(byId.get('element.macos.logs')?.clear).toBe('clear');
    const text = await runCliProcess(['cleanup', '--scan', '--os', 'macos', '--client', 'element', '--home', home, '--lang', 'en-GB']);
    expect(text.stdout).toContain('never touched (shared with other apps, or the person\'s own messages)');
    expect(text.stdout).toContain('Not cleared: Element\'s data folder holds the person\'s messages');
  });
});
