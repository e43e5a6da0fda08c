import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../ports/write-atomic.js';

/**
 * Everything Meeting Guard remembers about what the user did: two timestamps. No meeting names, no participants.
 * Kept in <app data>/state.json, shown and cleared under "What Meeting Guard keeps". Made at its first parse
 * (z.lazy): a start with no state file never needs it.
 */
export const appStateSchema = z.lazy(() =>
  z.object({
    lastNoticeAcknowledgedAt: z.iso.datetime().optional(),
    lastCleanupAt: z.iso.datetime().optional(),
  }),
);
export type AppState = z.infer<typeof appStateSchema>;

export type StateRead = { state: AppState; problem?: string };

/** A missing file is a fresh start; a damaged one is reported and treated as empty, never a crash. */
export async function readAppState(path: string): Promise<StateRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: {} };
    return { state: {}, problem: `${path} could not be read: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: {}, problem: `${path} is not valid JSON; starting afresh` };
  }
  const parsed = appStateSchema.safeParse(json);
  if (!parsed.success) return { state: {}, problem: `${path} has unexpected contents (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''}); starting afresh` };
  return { state: parsed.data };
}

export async function updateAppState(path: string, change: Partial<AppState>): Promise<AppState> {
  const { state } = await readAppState(path);
  const next = appStateSchema.parse({ ...state, ...change });
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
