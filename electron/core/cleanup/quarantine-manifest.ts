import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  items: z.array(quarantineItemSchema),
});
export type QuarantineManifest = z.infer<typeof quarantineManifestSchema>;

export const MANIFEST_NAME = 'manifest.json';

export async function readManifest(batchDir: string): Promise<QuarantineManifest> {
  const file = join(batchDir, MANIFEST_NAME);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = quarantineManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || 'manifest'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Written to a temporary name and renamed, so a crash never leaves half a manifest behind. */
export async function writeManifest(batchDir: string, manifest: QuarantineManifest): Promise<void> {
  const file = join(batchDir, MANIFEST_NAME);
  await writeFile(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}
