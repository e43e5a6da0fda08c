import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../electron/core/cleanup/text-matcher.js';
import { findingKinds, type FindingKind } from '../../../electron/core/cleanup/findings.js';
import { WARM_UP_LINES, warmUpMatchers } from '../../../electron/core/cleanup/scan-warm-up.js';
import { scanFileStream } from '../../../electron/core/cleanup/stream-scan.js';
import { FindingsTally } from '../../../electron/core/cleanup/findings.js';
import { tempDir } from '../../support/temp.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const kindsIn = (buf: Buffer) => {
  const seen = new Set<FindingKind>();
  findMatches(buf, buf.length, { found: (kind) => seen.add(kind) });
  return [...seen].sort();
};

describe('the scanning threads\' warm-up', () => {
  it('takes every kind of finding, as text and as UTF-16, so each matcher is compiled knowing all its branches', () => {
    const text = WARM_UP_LINES.join('\n');
    expect(kindsIn(Buffer.from(text, 'utf8'))).toEqual([...findingKinds].sort());
    expect(kindsIn(Buffer.from(text, 'utf16le'))).toEqual([...findingKinds].sort());
  });

  it('leaves nothing behind that changes a scan: the same file gives the same findings before and after', async () => {
    const path = join(await tempDir(), 'main.log');
    await writeFile(path, `${WARM_UP_LINES.join('\n')}\n`.repeat(50));
    const before = new FindingsTally();
    await scanFileStream(path, before);
    await warmUpMatchers();
    const after = new FindingsTally();
    await scanFileStream(path, after);
    expect(after.toJSON()).toEqual(before.toJSON());
    expect(after.total).toBeGreaterThan(50 * WARM_UP_LINES.length);
  });
});
