import { expect, it } from 'vitest';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { judgePasted } from '../../../electron/core/device/parse-kinds.js';

// Inputs the fuzz benchmark found rejected without a usable location; kept so they stay fixed.

it('a notice that ends at its closing "---" points at a line that exists', () => {
  const text = '---\nformat: meeting-guard/notice@1\n---';
  const result = parseNotice(text);
  expect(result.ok).toBe(false);
  if (!result.ok) for (const error of result.errors) expect(error.line).toBeLessThanOrEqual(3);
});

it('line separators inside a pasted Landscape value do not break the one-line verdict', () => {
  for (const odd of ['\r', '\u2028', '\u2029', '\u0000']) {
    const status = judgePasted('landscape-conf', `[client]\naccount_name = north${odd}wind\nurl = https://landscape.example/message-system\n`);
    expect(status.verdict).toBe('unknown');
    expect(status.summary).toMatch(/because .+\./);
    expect([...status.summary].filter((c) => '\r\n\u2028\u2029\u0000'.includes(c))).toEqual([]);
  }
});
