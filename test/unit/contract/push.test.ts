import { describe, expect, test } from 'vitest';
import { createPushHub, type PushEvent } from '../../../electron/core/contract/push.js';

describe('push channel', () => {
  const hubWithLog = () => {
    const hub = createPushHub();
    const sent: [string, PushEvent][] = [];
    hub.attach((windowId, event) => sent.push([windowId, event]));
    return { hub, sent };
  };

  test('events wait for a window until its page says it listens, then arrive in order', () => {
    const { hub, sent } = hubWithLog();
    hub.opened('status');
    hub.publish({ type: 'settings:changed' });
    hub.publish({ type: 'status:changed' });
    expect(sent).toEqual([]);
    hub.ready('status');
    expect(sent).toEqual([
      ['status', { type: 'settings:changed' }],
      ['status', { type: 'status:changed' }],
    ]);
    hub.publish({ type: 'status:changed' });
    expect(sent).toHaveLength(3);
  });

  test('a reload starts the handshake again; a closed window gets nothing and keeps nothing', () => {
    const { hub, sent } = hubWithLog();
    hub.opened('status');
    hub.ready('status');
    hub.opened('status');
    hub.publish({ type: 'status:changed' });
    expect(sent).toEqual([]);
    hub.closed('status');
    hub.publish({ type: 'status:changed' });
    hub.ready('status');
    expect(sent).toEqual([]);
  });

  test('progress goes only to the window that asked, and only the newest waits', () => {
    const { hub, sent } = hubWithLog();
    hub.opened('cleanup');
    hub.opened('status');
    hub.ready('status');
    hub.publishTo('cleanup', { type: 'cleanup:progress', files: 1, bytes: 10, client: 'Zoom' });
    hub.publishTo('cleanup', { type: 'cleanup:progress', files: 2, bytes: 20, client: 'Zoom' });
    hub.ready('cleanup');
    expect(sent).toEqual([['cleanup', { type: 'cleanup:progress', files: 2, bytes: 20, client: 'Zoom' }]]);
  });

  test('an event outside the schema never leaves the app', () => {
    const { hub, sent } = hubWithLog();
    hub.opened('status');
    hub.ready('status');
    expect(() => hub.publish({ type: 'status:changed', extra: 1 } as unknown as PushEvent)).toThrow();
    expect(() => hub.publish({ type: 'cleanup:progress', files: -1, bytes: 0, client: 'x' })).toThrow();
    expect(sent).toEqual([]);
  });
});
