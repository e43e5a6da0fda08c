import { expect, it } from 'vitest';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { judgePasted } from '../../../electron/core/device/parse-kinds.js';
import { deviceCommand } from '../../../electron/core/device/device-command.js';
import { UsageError } from '../../../electron/core/cli/io.js';
import { MAX_ARGUMENT_LENGTH } from '../../../electron/core/cli/args.js';

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

it('an argument of thousands of characters is refused before node reads it as a group of short options', () => {
  // Found by the fuzz bench: "-<array>a<array>a…" (37,000 characters) took node's parser 1.9 s, growing with the square.
  const group = `-${'<array>a'.repeat(4_600)}`;
  expect(() => deviceCommand.parseArgs([group])).toThrow(new UsageError(`device: argument 1 is ${group.length} characters long (at most ${MAX_ARGUMENT_LENGTH})`));
  expect(() => deviceCommand.parseArgs(['--parse', 'dsregcmd', `/${'a/'.repeat(2_047)}`])).not.toThrow();
  expect(() => deviceCommand.parseArgs(['-x'])).toThrow("device: Unknown option '-x'");
});
