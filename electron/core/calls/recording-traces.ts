import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientEntry } from './catalogue-schema.js';
import type { RecorderSighting } from './call-events.js';

/**
 * A meeting client's own local recording leaves files that grow while it records: Zoom writes into a new folder
 * below ~/Documents/Zoom (`<date> <time> <topic>/`) during the meeting and converts at the end. A file there
 * modified within `freshMs` means the client is recording now.
 */
export async function clientRecordingTraces(
  clients: readonly ClientEntry[],
  home: string,
  now: number,
  freshMs = 30_000,
): Promise<RecorderSighting[]> {
  const sightings: RecorderSighting[] = [];
  for (const client of clients) {
    for (const folder of client.recordingFolders) {
      const hit = await newestWithin(join(home, ...folder.split('/')), now - freshMs, 2);
      if (!hit) continue;
      sightings.push({
        id: `${client.id}-local-recording`,
        name: `${client.name} local recording`,
        level: 'active',
        category: 'client-recording',
        evidence: `${hit.path} was written ${Math.max(0, Math.round((now - hit.mtimeMs) / 1000))} s ago`,
      });
      break;
    }
  }
  return sightings;
}

interface Hit {
  path: string;
  mtimeMs: number;
}

async function newestWithin(dir: string, since: number, depth: number): Promise<Hit | undefined> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return undefined; // no such folder: the client never recorded here
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0) {
        const found = await newestWithin(path, since, depth - 1);
        if (found) return found;
      }
      continue;
    }
    try {
      const info = await stat(path);
      if (info.mtimeMs >= since) return { path, mtimeMs: info.mtimeMs };
    } catch {
      // removed while we looked
    }
  }
  return undefined;
}
