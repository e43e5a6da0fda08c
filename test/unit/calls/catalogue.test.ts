import { describe, expect, it } from 'vitest';
import { builtInCatalogue, bundleIdMatches, CatalogueError, effectiveCatalogue } from '../../../electron/core/calls/catalogue.js';
import { runCliProcess } from '../../support/cli.js';
import { tempDir, writeTree } from '../../support/temp.js';

describe('built-in catalogues', () => {
  const catalogue = builtInCatalogue();

  it('cover the clients and recorders the issue names, each with a source', () => {
    const ids = [...catalogue.clients, ...catalogue.recorders].map((e) => e.id);
    for (const id of ['zoom', 'teams', 'webex', 'slack', 'goto', 'skype', 'jitsi', 'chime', 'ringcentral', 'bluejeans', 'browser-chrome']) expect(ids).toContain(id);
    for (const id of ['obs', 'camtasia', 'snagit', 'bandicam', 'sharex', 'loom', 'screenflow', 'xsplit', 'fraps', 'xbox-game-bar', 'nvidia-share', 'snipping-tool', 'quicktime', 'macos-screen-capture', 'simplescreenrecorder', 'kazam', 'vokoscreen', 'kooha', 'peek', 'recordmydesktop', 'gnome-screencast', 'ffmpeg-capture', 'granola', 'fathom', 'krisp', 'teamviewer', 'anydesk']) expect(ids).toContain(id);
    for (const entry of [...catalogue.clients, ...catalogue.recorders]) expect(entry.sources.length).toBeGreaterThan(0);
  });

  it('keeps the ids of earlier releases as aliases of one product', () => {
    const teams = catalogue.clients.find((c) => c.id === 'teams');
    expect(teams?.aliases).toEqual(expect.arrayContaining(['teams-classic', 'teams-for-linux']));
    expect(teams?.names).toEqual({ 'en-GB': 'Microsoft Teams', cy: 'Microsoft Teams' });
    for (const id of ['browser-brave', 'browser-vivaldi', 'browser-safari']) expect(catalogue.clients.find((c) => c.id === id)?.aliases).toContain('browser-other');
  });

  it('ignores only the classic install for teams-classic, and every browser it named for browser-other', () => {
    const result = effectiveCatalogue({ ignore: ['teams-classic', 'browser-other'] });
    const teams = result.clients.find((c) => c.id === 'teams');
    expect(teams?.processes.windows).toEqual(['ms-teams.exe', 'msteams.exe']);
    expect(teams?.processes.linux).toEqual(['teams-for-linux']);
    expect(result.clients.map((c) => c.id)).not.toContain('browser-brave');
    expect(result.clients.map((c) => c.id)).not.toContain('browser-safari');
    expect(result.clients.map((c) => c.id)).toContain('browser-chrome');
  });

  it('has unique ids and compilable argument rules', () => {
    const ids = [...catalogue.clients, ...catalogue.recorders].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of catalogue.recorders) for (const rule of r.argRules) expect(() => new RegExp(rule.pattern)).not.toThrow();
  });

  it('names new Teams by both process names', () => {
    const teams = catalogue.clients.find((c) => c.id === 'teams');
    expect(teams?.processes.windows).toContain('ms-teams.exe');
    expect(teams?.processes.macos).toContain('MSTeams');
  });

  it('matches year-named TechSmith bundles by prefix', () => {
    const camtasia = catalogue.recorders.find((r) => r.id === 'camtasia');
    expect(camtasia?.bundleIds.some((p) => bundleIdMatches(p, 'com.techsmith.camtasia2024'))).toBe(true);
    expect(bundleIdMatches('us.zoom.xos', 'us.zoom.xos.helper')).toBe(false);
  });
});

describe('catalogue overrides from policy', () => {
  const mine = { id: 'acme-recorder', name: 'Acme Recorder', category: 'screen-recorder' as const, processes: { linux: ['acme-rec'] }, sources: ['IT'] };

  it('adds entries, replaces one by id, and ignores by id or process name', () => {
    const result = effectiveCatalogue({
      addRecorders: [mine, { id: 'obs', name: 'OBS (fleet build)', category: 'streaming', processes: { linux: ['obs-fleet'] }, sources: ['IT'] }],
      ignore: ['teamviewer', 'obs64.exe'],
    });
    expect(result.recorders.find((r) => r.id === 'acme-recorder')?.ambiguous).toBe(false);
    expect(result.recorders.find((r) => r.id === 'obs')?.name).toBe('OBS (fleet build)');
    expect(result.recorders.some((r) => r.id === 'teamviewer')).toBe(false);
    expect(effectiveCatalogue({ ignore: ['OBS64.EXE'] }).recorders.find((r) => r.id === 'obs')?.processes.windows).toEqual(['obs32.exe', 'obs.exe']);
  });

  it('with nothing added or ignored is the built-in catalogue, entry for entry, as the general path gives it', () => {
    const none = effectiveCatalogue({ addClients: [], addRecorders: [], ignore: [] });
    expect(none).toStrictEqual(builtInCatalogue());
    expect(effectiveCatalogue({})).toStrictEqual(none);
    // Ignoring a name no entry has goes through the general path (ids and names compared): the same entries.
    const one = effectiveCatalogue({ ignore: ['no-such-program'] });
    expect(one).toStrictEqual(none);
  });

  it('says which key is wrong', () => {
    expect(() => effectiveCatalogue({ addRecorders: [{ ...mine, sources: [] }] })).toThrow(CatalogueError);
    expect(() => effectiveCatalogue({ addRecorders: [{ ...mine, sources: [] }] })).toThrow(/addRecorders\.0\.sources: say where the names come from/);
    expect(() => effectiveCatalogue({ ignore: 'obs' })).toThrow(/ignore/);
  });

  it('takes three empty lists without the schema, and nothing else that way', () => {
    expect(() => effectiveCatalogue({ addClients: [], extraKey: [] })).toThrow(/extraKey/);
    expect(() => effectiveCatalogue({ ignore: [], addRecorders: {} })).toThrow(/addRecorders/);
    // Lists the schema finds elsewhere than in the object's own keys are read by it, not passed over.
    const inherited = effectiveCatalogue(Object.assign(Object.create({ ignore: ['obs'] }) as object, { addClients: [] }));
    expect(inherited.recorders.some((r) => r.id === 'obs')).toBe(false);
  });
});

describe('meeting-guard catalogue', () => {
  it('prints the effective catalogues as JSON, with overrides applied', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'o.json': JSON.stringify({ ignore: ['obs'] }) });
    const run = await runCliProcess(['catalogue', '--json', '--overrides', 'o.json'], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { schema: string; recorders: { id: string }[]; clients: { id: string }[] };
    expect(printed.schema).toBe('meeting-guard/catalogue@1');
    expect(printed.recorders.some((r) => r.id === 'obs')).toBe(false);
    expect(printed.clients.some((c) => c.id === 'zoom')).toBe(true);
  });

  it('marks ambiguous tools in the text listing and explains a bad overrides file', async () => {
    const text = await runCliProcess(['catalogue']);
    expect(text.stdout).toMatch(/~ Loom \[loom, screen-recorder\]/);
    expect(text.stdout).toMatch(/ {3}OBS Studio \[obs, streaming\]/);
    const dir = await tempDir();
    await writeTree(dir, { 'bad.json': '{"ignore": [1]}' });
    const bad = await runCliProcess(['catalogue', '--overrides', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/bad\.json: catalogue policy: ignore\.0/);
  });
});
