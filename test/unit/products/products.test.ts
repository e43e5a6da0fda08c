import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aliasId, allProducts, findProduct, productsWithRole } from '../../../electron/core/products/index.js';
import { describeFindings, describeLocation, inLanguage, nameForId } from '../../../electron/core/products/describe.js';
import { productDocTables, withTables } from '../../../electron/core/products/docs-tables.js';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { textLine } from '../../../electron/core/calls/watch-output.js';
import { clientCatalogue, findClient } from '../../../electron/core/cleanup/catalogue/catalogue.js';

const repo = (rel: string) => fileURLToPath(new URL(`../../../${rel}`, import.meta.url));

describe('one definition per product', () => {
  const products = allProducts();

  it('every product passes the schema, has a unique id, and no former id is some other product\'s id', () => {
    const ids = products.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of products) for (const a of p.aliases) expect(ids, `${p.id} alias ${aliasId(a)}`).not.toContain(aliasId(a));
  });

  it('call detection and cleanup read the same definitions: same ids, same names, same process names', () => {
    const catalogue = builtInCatalogue();
    for (const client of clientCatalogue.filter((c) => c.id !== 'browser')) {
      const entry = catalogue.clients.find((c) => c.id === client.id);
      expect(entry?.name, client.id).toBe(client.name);
      for (const os of ['windows', 'macos', 'linux'] as const) for (const n of entry?.processes[os] ?? []) expect(client.processes[os], `${client.id} ${os}`).toContain(n);
    }
    expect(catalogue.clients.map((c) => c.id)).toEqual([...productsWithRole('meeting-client'), ...productsWithRole('browser')].map((p) => p.id));
    expect(catalogue.recorders.map((r) => r.id)).toEqual(productsWithRole('recorder').map((p) => p.id));
  });

  it('is as wide as real laptops: 120+ recorders over all three systems, 25+ meeting clients, every major browser', () => {
    const recorders = productsWithRole('recorder');
    expect(recorders.length).toBeGreaterThanOrEqual(120);
    for (const os of ['windows', 'macos', 'linux'] as const) expect(recorders.filter((r) => r.processes[os]?.length).length, os).toBeGreaterThanOrEqual(35);
    for (const category of ['remote-view', 'virtual-camera', 'streaming', 'os-capture', 'ai-notetaker', 'screenshot-tool']) expect(recorders.some((r) => r.category === category), category).toBe(true);
    const ids = new Set(products.map((p) => p.id));
    for (const id of ['wf-recorder', 'gpu-screen-recorder', 'kooha', 'amd-relive', 'nvidia-share', 'cleanshot', 'kap', 'mmhmm', 'obs', 'streamlabs', 'splashtop', 'screenconnect']) expect(ids, id).toContain(id);
    const clients = productsWithRole('meeting-client');
    expect(clients.length).toBeGreaterThanOrEqual(25);
    for (const id of ['goto', 'discord', 'skype-for-business', 'facetime', 'bluejeans', 'jitsi', 'chime', 'webex', 'slack']) expect(ids, id).toContain(id);
    for (const id of ['chrome', 'edge', 'firefox', 'safari', 'brave', 'opera', 'vivaldi', 'chromium', 'arc']) expect(ids, id).toContain(`browser-${id}`);
    expect(findProduct('webex')?.processes.macos).toEqual(expect.arrayContaining(['Webex', 'Cisco Webex Meetings']));
    expect(findProduct('goto')?.inCall.macos).toContain('GoTo Helper (Plugin)');
    // Every product says where its names come from.
    for (const p of products) expect(p.sources.join(' ').length, p.id).toBeGreaterThanOrEqual(3);
  });

  it('resolves the ids deployed in earlier releases', () => {
    expect(findProduct('teams-classic')?.id).toBe('teams');
    expect(findProduct('TEAMS-FOR-LINUX')?.id).toBe('teams');
    expect(findClient('teams-classic')?.id).toBe('teams');
    expect(findClient('browser-chrome')?.id).toBe('browser');
    expect(findClient('browser')?.name).toBe('Meetings in a web browser');
  });
});

describe('words people see instead of ids', () => {
  it('describes a location by product, kind of place and what it holds, in English and Welsh', () => {
    expect(describeLocation('zoom.linux.logs')).toBe('Zoom logs: IP addresses and names of participants');
    expect(describeLocation('zoom.linux.conf')).toBe('Zoom settings: sign-in e-mail and settings');
    expect(describeLocation('teams.windows.classic')).toMatch(/^Microsoft Teams \(classic\) data: sign-in e-mail, names of participants, /);
    expect(describeLocation('zoom.linux.logs', 'cy')).toBe('Logiau Zoom: cyfeiriadau IP ac enwau cyfranogwyr');
    expect(describeLocation('zoom.extra.1')).toBe('Zoom: a folder your organisation added');
  });

  it('counts findings in words', () => {
    const none = { count: 0, previews: [] };
    const some = { emails: { count: 3, previews: [] }, ipv4: { count: 10, previews: [] }, ipv6: { count: 2, previews: [] }, accountNames: { count: 1, previews: [] }, macAddresses: none };
    expect(describeFindings(some)).toBe('3 e-mail addresses, 12 IP addresses and 1 name');
    expect(describeFindings({ ...some, macAddresses: { count: 2, previews: [] } }, 'cy')).toBe('3 cyfeiriad e-bost, 12 cyfeiriad IP, 1 enw a 2 cyfeiriad dyfais (MAC)');
    expect(describeFindings({ emails: none, ipv4: none, ipv6: none, accountNames: none, macAddresses: none })).toBe('no e-mail addresses, IP addresses or names found');
  });

  it('names a client by id, former id, or the process name IT added, never by the raw id', () => {
    expect(nameForId('browser-edge')).toBe('Microsoft Edge');
    expect(nameForId('teams-classic', 'cy')).toBe('Microsoft Teams');
    expect(nameForId('macos-screen-capture', 'cy')).toBe('Sgrinlun a recordio sgrin macOS');
    expect(nameForId('policy-client-jitsi-meet')).toBe('jitsi-meet');
    expect(nameForId('browser')).toBe('Meetings in a web browser');
    expect(inLanguage('macOS screenshot and screen recording', 'cy')).toBe('Sgrinlun a recordio sgrin macOS');
    expect(inLanguage('OBS Studio', 'cy')).toBe('OBS Studio');
    expect(inLanguage('Acme Recorder', 'cy')).toBe('Acme Recorder');
  });
});

describe('watch\'s text output', () => {
  it('names clients and recorders by display name, keeping ids no product has', () => {
    const time = '2026-12-01T09:00:00.000Z';
    expect(textLine({ kind: 'effect', time, type: 'remind-cleanup', callId: 2, clients: ['teams', 'browser-firefox'] })).toContain('(Microsoft Teams, Firefox)');
    expect(textLine({ kind: 'event', time, type: 'call-signal-off', at: 1, source: 'zoom' })).toContain('signal gone: Zoom');
    expect(textLine({ kind: 'event', time, type: 'recorder-off', at: 1, id: 'zoom-local-recording' })).toContain('gone: zoom-local-recording');
    expect(textLine({ kind: 'event', time, type: 'recorder-off', at: 1, id: 'obs' })).toContain('gone: OBS Studio');
  });
});

describe('docs agree with the definitions', () => {
  it.each(Object.entries(productDocTables()))('%s has the generated tables (run npm run docs:products)', async (rel, tables) => {
    const doc = await readFile(repo(rel), 'utf8');
    expect(withTables(doc, tables)).toBe(doc);
  });

  it('what docs/cleanup.md says is kept is in the keep-list of every classic Teams folder, on every OS', async () => {
    const doc = await readFile(repo('docs/cleanup.md'), 'utf8');
    expect(doc).toContain('Kept inside cleared folders: Teams custom backgrounds (`Backgrounds`), classic Teams `desktop-config.json`.');
    const classic = findProduct('teams')!.cleanup!.locations.filter((l) => l.install === 'classic' && l.what === 'data');
    expect(classic.map((l) => l.os).sort()).toEqual(['linux', 'macos', 'windows']);
    for (const l of classic) expect(l.keep, l.id).toEqual(expect.arrayContaining(['Backgrounds', 'desktop-config.json']));
  });
});
