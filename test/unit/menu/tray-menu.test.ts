import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOOLTIP_MAX, trayModel, type MenuItem, type TrayInput } from '../../../electron/core/menu/tray-menu.js';

const idle: TrayInput = {
  device: { verdict: 'managed', organisation: 'Glanafon District Council' },
  call: { phase: 'idle', clients: [], noticeShown: false },
  recorders: [],
  noticeAvailable: true,
  helpLink: 'mailto:it@glanafon.example',
  hideQuit: false,
  language: 'en-GB',
};

/** The menu as a person reads it: one line per item, greyed items in brackets, ticks as [x]. */
function lines(items: readonly MenuItem[]): string[] {
  return items.map((item) => {
    if (item.kind === 'separator') return '---';
    const tick = item.kind === 'action' && item.checked !== undefined ? (item.checked ? '[x] ' : '[ ] ') : '';
    return item.enabled ? `${tick}${item.label}` : `(${tick}${item.label})`;
  });
}

describe('trayModel', () => {
  it('follows the one cleanup decision: no cleanup item when cleanup is off, the screen one click away otherwise', () => {
    const has = (mode: TrayInput['cleanupMode']) => trayModel({ ...idle, cleanupMode: mode }).items.some((i) => i.id === 'cleanup');
    expect(has('off')).toBe(false);
    expect(has('remind')).toBe(true);
    expect(has('clear-on-confirm')).toBe(true);
  });

  it('an idle, managed laptop: status, then every action, Quit last', () => {
    const model = trayModel(idle);
    expect(lines(model.items)).toEqual([
      '(Laptop managed by Glanafon District Council)',
      '---',
      'Show privacy notice',
      "I'm starting a call",
      'Clean up meeting data…',
      '---',
      'Settings…',
      'What Meeting Guard keeps…',
      'Get help from your IT team',
      'About Meeting Guard',
      '---',
      'Quit Meeting Guard',
    ]);
    expect(model.icon).toBe('ok');
    expect(model.tooltip).toBe('Meeting Guard: Laptop managed by Glanafon District Council');
    expect(model.items.find((i) => i.kind === 'action' && i.id === 'help')).toMatchObject({ link: 'mailto:it@glanafon.example' });
  });

  it('in a call: says which client, offers "The call has ended", ticks the notice once shown, and holds back cleanup', () => {
    // The call state keeps ids (a former id among them); the tray shows display names.
    const before = trayModel({ ...idle, call: { phase: 'in-call', clients: ['zoom', 'teams-classic'], noticeShown: false } });
    expect(lines(before.items).slice(0, 6)).toEqual([
      '(Laptop managed by Glanafon District Council)',
      '(In a call (Zoom and Microsoft Teams))',
      '---',
      '[ ] Show privacy notice',
      'The call has ended',
      '(Clean up meeting data…)',
    ]);
    const after = trayModel({ ...idle, call: { phase: 'starting', clients: [], noticeShown: true } });
    expect(lines(after.items).slice(1, 4)).toEqual(['(In a call)', '---', '[x] Show privacy notice']);
    expect(after.tooltip).toBe('Meeting Guard: Laptop managed by Glanafon District Council; in a call');
  });

  it('after the call, cleanup is offered again and the call item goes back', () => {
    for (const phase of ['ended', 'cleanup-reminder'] as const) {
      const items = lines(trayModel({ ...idle, call: { phase, clients: ['Zoom'], noticeShown: true } }).items);
      expect(items).toContain('Clean up meeting data…');
      expect(items).toContain("I'm starting a call");
      expect(items).toContain('Show privacy notice');
    }
  });

  it('the device line and icon follow the verdict', () => {
    const of = (device: TrayInput['device']) => trayModel({ ...idle, device });
    expect([of({ verdict: 'managed' }), of({ verdict: 'not-managed' }), of({ verdict: 'unknown' }), of({ verdict: 'checking' })].map((m) => [m.items[0]?.kind === 'status' && m.items[0].label, m.icon])).toEqual([
      ['Laptop managed by your organisation', 'ok'],
      ["Laptop not managed: don't use it for calls", 'danger'],
      ['Could not check whether this laptop is managed', 'warning'],
      ['Checking this laptop…', 'ok'],
    ]);
  });

  it('names running recorders, as a warning outside a call and a danger in one', () => {
    const outside = trayModel({ ...idle, recorders: ['OBS Studio', 'ShareX'] });
    expect(outside.items[1]).toEqual({ kind: 'status', id: 'recorder-status', label: 'Recording software running: OBS Studio and ShareX', tone: 'warning', enabled: false });
    expect(outside.icon).toBe('warning');
    expect(trayModel({ ...idle, recorders: ['OBS Studio'], call: { phase: 'in-call', clients: ['Zoom'], noticeShown: false } }).icon).toBe('danger');
  });

  it('without a notice, without a help link and with Quit hidden by policy, those items go or grey out', () => {
    const model = trayModel({ ...idle, noticeAvailable: false, helpLink: undefined, hideQuit: true });
    const items = lines(model.items);
    expect(items).toContain('(Privacy notice not set up)');
    expect(items).not.toContain('Get help from your IT team');
    expect(items).not.toContain('Quit Meeting Guard');
    expect(items[items.length - 1]).toBe('About Meeting Guard');
  });

  it('speaks Welsh, leaving program names unmutated', () => {
    const model = trayModel({ ...idle, language: 'cy', recorders: ['OBS Studio', 'Camtasia'], call: { phase: 'in-call', clients: ['teams'], noticeShown: false } });
    expect(lines(model.items)).toEqual([
      '(Gliniadur a reolir gan Glanafon District Council)',
      '(Mewn galwad (Microsoft Teams))',
      "(Meddalwedd recordio'n rhedeg: OBS Studio a Camtasia)",
      '---',
      '[ ] Dangos yr hysbysiad preifatrwydd',
      "Mae'r alwad wedi dod i ben",
      '(Glanhau data cyfarfodydd…)',
      '---',
      'Gosodiadau…',
      'Beth mae Meeting Guard yn ei gadw…',
      'Cael help gan eich tîm TG',
      'Ynghylch Meeting Guard',
      '---',
      'Gadael Meeting Guard',
    ]);
  });

  it('for any state: ids are unique, separators never lead, trail or double, and the tooltip fits Windows', () => {
    const input = fc.record({
      device: fc.record({ verdict: fc.constantFrom('checking', 'managed', 'not-managed', 'unknown'), organisation: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }) }),
      call: fc.record({ phase: fc.constantFrom('idle', 'starting', 'in-call', 'ended', 'cleanup-reminder'), clients: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 4 }), noticeShown: fc.boolean() }),
      recorders: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 5 }),
      noticeAvailable: fc.boolean(),
      helpLink: fc.option(fc.constant('https://it.example/help'), { nil: undefined }),
      hideQuit: fc.boolean(),
      language: fc.constantFrom('en-GB', 'cy', 'de', 'cy-GB'),
    });
    fc.assert(
      fc.property(input, (state) => {
        const model = trayModel(state as TrayInput);
        const ids = model.items.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        const kinds = model.items.map((i) => i.kind).join(',');
        expect(kinds).not.toMatch(/^separator|separator$|separator,separator/);
        expect([...model.tooltip].length).toBeLessThanOrEqual(TOOLTIP_MAX);
        const inCall = state.call.phase === 'starting' || state.call.phase === 'in-call';
        expect(ids.includes('end-call')).toBe(inCall);
        expect(ids.includes('start-call')).toBe(!inCall);
        expect(ids.includes('quit')).toBe(!state.hideQuit);
      }),
      { numRuns: 300 },
    );
  });
});
