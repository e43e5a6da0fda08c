import { z } from 'zod';
import type { Findings, SentFindings } from './findings.js';

const findingSummarySchema = z.object({
  count: z.number().int().min(0),
  previews: z.array(z.string()),
});

export const findingsSchema = z.object({
  emails: findingSummarySchema,
  ipv4: findingSummarySchema,
  ipv6: findingSummarySchema,
  accountNames: findingSummarySchema,
  /** Device identifiers (MAC addresses): added to @1 later, so scripts reading older reports find it missing. */
  macAddresses: findingSummarySchema,
}) satisfies z.ZodType<Findings>;

/** The JSON `meeting-guard cleanup --scan --json` prints: part of the CLI's interface, validated before printing. */
export const fileScanSchema = z.object({
  path: z.string(),
  size: z.number().int().min(0),
  kind: z.enum(['sqlite', 'encrypted', 'leveldb', 'bytes']),
  note: z.string().optional(),
  findings: findingsSchema.optional(),
});
export type FileScan = z.infer<typeof fileScanSchema>;

/**
 * A file's entry as it comes from a scanning thread (job-answer.ts, checked there): its findings name only the kinds
 * found (findings.ts SentFindings); location-entries.ts gives a listed entry every kind again.
 */
export type SentFileScan = Omit<FileScan, 'findings'> & { findings?: SentFindings };

export const locationScanSchema = z.object({
  id: z.string(),
  path: z.string(),
  exists: z.boolean(),
  clear: z.enum(['clear', 'consent', 'never']),
  signsOut: z.boolean(),
  holds: z.array(z.string()),
  note: z.string().optional(),
  bytes: z.number().int().min(0),
  files: z.array(fileScanSchema),
  filesNotListed: z.number().int().min(0),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  findings: findingsSchema,
});
export type LocationScan = z.infer<typeof locationScanSchema>;

export const clientScanSchema = z.object({
  id: z.string(),
  name: z.string(),
  vendorAction: z.string(),
  limits: z.string().optional(),
  locations: z.array(locationScanSchema),
  bytes: z.number().int().min(0),
  findings: findingsSchema,
});
export type ClientScan = z.infer<typeof clientScanSchema>;

export const scanReportSchema = z.object({
  schema: z.literal('meeting-guard/cleanup-scan@1'),
  os: z.enum(['windows', 'macos', 'linux']),
  home: z.string(),
  complete: z.boolean(),
  clients: z.array(clientScanSchema),
});
export type ScanReport = z.infer<typeof scanReportSchema>;

export interface ScanProgress {
  client: string;
  filesDone: number;
  bytesDone: number;
}
