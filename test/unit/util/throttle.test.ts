import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttled } from '../../../electron/core/util/throttle.js';

describe('throttled: at most one a period, and never stuck on an old value', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-15T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('says the first at once, holds the rest of the period back and then says only the newest', () => {
    const said: number[] = [];
    const t = throttled(100, (n: number) => said.push(n));
    t.say(1);
    t.say(2);
    t.say(3);
    expect(said).toEqual([1]);
    vi.advanceTimersByTime(99);
    expect(said).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([1, 3]);
    // A quiet period: the next one is said at once again.
    vi.advanceTimersByTime(500);
    t.say(4);
    expect(said).toEqual([1, 3, 4]);
  });

  it('stop drops what was held back', () => {
    const said: number[] = [];
    const t = throttled(100, (n: number) => said.push(n));
    t.say(1);
    t.say(2);
    t.stop();
    vi.advanceTimersByTime(1000);
    expect(said).toEqual([1]);
  });
});
