import { constants as fsc, open, rename } from 'node:fs/promises';
import { z } from 'zod';

export const quarantineItemSchema = z.object({
  originalPath: z.string().min(1),
  /** Relative to the batch folder. */
  storedAs: z.string().regex(/^items\/\d+$/),
  type: z.enum(['file', 'folder']),
  client: z.string(),
  locationId: z.string(),
  state: z.enum(['stored', 'restored']),
});
export type QuarantineItem = z.infer<typeof quarantineItemSchema>;

export const quarantineManifestSchema = z.object({
  schema: z.literal('meeting-guard/quarantine@1'),
  id: z.string().regex(/^[0-9A-Za-z-]+$/),
  /** The home the batch was made for; undo restores only inside it. Absent in batches made before it was recorded. */
  home: z.string().min(1).optional(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  items: z.array(quarantineItemSchema),
});
export type QuarantineManifest = z.infer<typeof quarantineManifestSchema>;

export const MANIFEST_NAME = 'manifest.json';
/** A manifest of 10,000 items is about 2.5 MB; anything far larger is not one of ours. */
const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Reads a batch's manifest from `file` (a path that may go through a held folder), never through a link, and names
 * it as `shown` in errors. The JSON error is not quoted: its text would echo the file's first bytes.
 */
export async function readManifest(file: string, shown = file): Promise<QuarantineManifest> {
  let text: string;
  try {
    const handle = await open(file, fsc.O_RDONLY | fsc.O_NOFOLLOW);
    try {
      const s = await handle.stat();
      if (!s.isFile()) throw new Error('not a file');
      if (s.size > MANIFEST_MAX_BYTES) throw new Error(`larger than ${MANIFEST_MAX_BYTES / 1024 / 1024} MB`);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'missing' : code === 'ELOOP' ? 'is a link: not followed' : code ?? (error as Error).message;
    throw new Error(`${shown}: cannot be read (${why})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${shown}: is not valid JSON`);
  }
  const parsed = quarantineManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${shown}: ${issue?.path.join('.') || 'manifest'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * Written to a temporary name and renamed, so a crash never leaves half a manifest behind. The temporary file is
 * opened without following a link (one planted there would otherwise be written through, as root too) and given
 * to the home's owner.
 */
export async function writeManifest(file: string, manifest: QuarantineManifest, owner?: { uid: number; gid: number }): Promise<void> {
  const temporary = `${file}.tmp`;
  const handle = await open(temporary, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_TRUNC | fsc.O_NOFOLLOW, 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`);
    if (owner) await handle.chown(owner.uid, owner.gid);
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
