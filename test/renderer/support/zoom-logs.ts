import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prng, values } from '../../../bench/corpus/values.mjs';
import { logLine } from '../../../bench/corpus/text.mjs';

/**
 * A Zoom log folder as a heavy user's laptop has it: `~/.zoom/logs/zoom_<date>.log` files of Zoom-style log lines
 * with sign-in e-mails, peer IP addresses and display names on a few lines, from the bench corpus generator (its
 * README cites the shapes: Zoom KB0084064 "Zoom client data files"; Mahr et al., FSI: Digital Investigation 36,
 * 2021). `files` × `bytesEach` of 8 MiB or more is what the app scans on its threads.
 */
export async function writeZoomLogs(home: string, files = 10, bytesEach = 900 * 1024, seed = 18): Promise<string[]> {
  const rand = prng(seed);
  const v = values(rand);
  const clock = { ms: 0 };
  const dir = join(home, '.zoom/logs');
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < files; i++) {
    let text = '';
    while (text.length < bytesEach) text += logLine(rand, v, 'zoom', clock);
    const name = `zoom_${20260105 + i}.log`;
    await writeFile(join(dir, name), text.slice(0, bytesEach));
    names.push(name);
  }
  return names;
}
