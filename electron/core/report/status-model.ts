import { z } from 'zod';
import { verdictSchema } from '../device/types.js';
import { signalStatusSchema } from '../calls/signals/signal-status.js';

/**
 * The fleet status: what `meeting-guard report --format json` prints and what the running app keeps in its status
 * file. Versioned by `schema`; fields are only ever added within a version. Nothing personal: no meeting names,
 * no participants, no e-mail or IP addresses (a test scans every string for them).
 */
export const STATUS_SCHEMA = 'meeting-guard/status@1';

/** Made at its first parse (z.lazy): a reader of status files needs it, `report` itself does not (build-status.ts). */
export const fleetStatusSchema = z.lazy(() =>
  z.object({
    schema: z.literal(STATUS_SCHEMA),
    generatedAt: z.iso.datetime(),
    /** "cli" when a report was produced on demand, "app" when the running tray app wrote the status file. */
    producer: z.enum(['cli', 'app']),
    version: z.string(),
    os: z.enum(['windows', 'macos', 'linux']),
    device: z.object({
      verdict: verdictSchema,
      managedBy: z.array(z.string()),
      signals: z.array(z.object({ signal: z.string(), status: z.enum(['positive', 'negative', 'unavailable']) })),
  }),
  policy: z.object({
    sources: z.array(z.string()),
    errorCount: z.number().int().min(0),
    errors: z.array(z.string()),
  }),
  notice: z.object({ lastAcknowledgedAt: z.iso.datetime().nullable() }),
  /** `active`: recording or capturing now; `present`: tray-resident tools that can record but may be idle. */
  recorders: z.object({ active: z.array(z.string()), present: z.array(z.string()) }),
  cleanup: z.object({ mode: z.string(), lastClearedAt: z.iso.datetime().nullable() }),
  problems: z.array(z.string()),
  /**
   * Which call signals this laptop has (added within @1: absent in files written before): each available,
   * unavailable with the reason, or not applicable on this OS.
   */
  callSignals: z.array(signalStatusSchema).optional(),
  }),
);
export type FleetStatus = z.infer<typeof fleetStatusSchema>;
