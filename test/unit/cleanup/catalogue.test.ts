import { describe, expect, it } from 'vitest';
import { clientCatalogue } from '../../../electron/core/cleanup/catalogue/catalogue.js';
import { extraLocations } from '../../../electron/core/cleanup/extra-paths.js';

describe('client-data catalogue', () => {
  const all = clientCatalogue.flatMap((c) => c.locations.map((l) => ({ client: c.id, ...l })));

  it('has unique ids named client.os.*, a source for each, and paths that cannot climb out', () => {
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
    for (const l of all) {
      expect(l.id.startsWith(`${l.client}.${l.os}.`), l.id).toBe(true);
      expect(l.source.length, l.id).toBeGreaterThan(0);
      expect(l.path.split('/').some((s) => s === '..' || s === '.' || s === ''), l.id).toBe(false);
      // A varying name (a snap revision) is never the first folder below home: it would match every folder there.
      expect(l.path.split('/')[0], l.id).not.toContain('*');
      if (l.keep) expect(l.kind, l.id).toBe('folder');
    }
  });

  it('has no location inside another of the same system (a clear would move one twice)', () => {
    // Segment by segment, a `*` in either may stand for the other's name.
    const segment = (x: string, y: string) => x === y || new RegExp(`^${x.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(y);
    const inside = (outer: (typeof all)[number], inner: (typeof all)[number]) => {
      const o = outer.path.split('/');
      const i = inner.path.split('/');
      return outer.base === inner.base && i.length > o.length && o.every((s, n) => segment(s, i[n]!) || segment(i[n]!, s));
    };
    for (const a of all) {
      for (const b of all) {
        if (a === b || a.os !== b.os) continue;
        expect(inside(a, b), `${b.id} is inside ${a.id}`).toBe(false);
      }
    }
  });

  it('never clears shared sign-in stores or recordings by default', () => {
    expect(all.filter((l) => l.holds.includes('recordings')).every((l) => l.clear === 'consent')).toBe(true);
    for (const shared of ['OneAuth', 'Keychains', 'TokenBroker', 'IdentityCache']) {
      expect(all.filter((l) => l.path.includes(shared)).every((l) => l.clear === 'never'), shared).toBe(true);
    }
  });

  it('covers Zoom, Teams and Slack on all three systems where they run', () => {
    const has = (client: string, os: string) => all.some((l) => l.client === client && l.os === os && l.clear === 'clear');
    for (const os of ['windows', 'macos', 'linux']) expect(has('zoom', os) && has('teams', os) && has('slack', os), os).toBe(true);
    expect(has('webex', 'windows') && has('webex', 'macos')).toBe(true);
  });
});

describe('policy extra paths', () => {
  it('accepts paths inside home and names each refused entry', () => {
    const { locations, problems } = extraLocations('linux', '/home/ann', [
      { client: 'zoom', path: '.zoom/extra-logs' },
      { client: 'zoom', path: '/home/ann/../bob/.zoom' },
      { client: 'zoom', path: '/home/ann' },
      { client: 'skype', path: 'x' },
      { client: 'slack', path: '.local/share/meeting-guard/quarantine' },
    ]);
    expect(locations.map((l) => [l.id, l.path])).toEqual([['zoom.extra.1', '.zoom/extra-logs']]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('extra path 2');
    expect(problems[2]).toContain('unknown client "skype"');
    expect(problems[3]).toContain("Meeting Guard's own data folder");
  });
});
