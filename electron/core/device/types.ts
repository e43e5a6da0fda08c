import { z } from 'zod';

export const verdictSchema = z.enum(['managed', 'not-managed', 'unknown']);
export type Verdict = z.infer<typeof verdictSchema>;

/**
 * One signal that was read. `decisive` signals decide the verdict on their own; `supporting` ones (an agent binary,
 * an Ubuntu Pro subscription, which a person can have privately) are shown but never make a device managed.
 */
export const evidenceSchema = z.lazy(() =>
  z.object({
    signal: z.string(),
    source: z.string(),
    weight: z.enum(['decisive', 'supporting']),
    status: z.enum(['positive', 'negative', 'unavailable']),
    detail: z.string(),
  }),
);
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * The verdict JSON that `meeting-guard device --json` and `device --parse` print: part of the CLI's interface. This
 * and evidenceSchema are made at their first parse (z.lazy): `report` imports this module for verdictSchema alone.
 */
export const deviceStatusSchema = z.lazy(() =>
  z.object({
    schema: z.literal('meeting-guard/device@1'),
    os: z.enum(['windows', 'macos', 'linux']),
    verdict: verdictSchema,
    summary: z.string(),
    organisation: z.string().optional(),
    managedBy: z.array(z.string()),
    evidence: z.array(evidenceSchema),
  }),
);
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

export interface DeviceManagementProbe {
  check(): Promise<DeviceStatus>;
}
