import { z } from 'zod';

/**
 * What one captured output says about calls, as `meeting-guard signals --parse KIND --json` prints it. Part of the
 * CLI's interface: fields are only ever added within `@1`. `null` means "this output cannot tell", never "no".
 */
export const SIGNALS_SCHEMA = 'meeting-guard/signals@1';

const ownerSchema = z.object({
  pid: z.number().int().positive().optional(),
  /** The meeting client's display name when the owner is one, else the process or app name the OS gave. */
  name: z.string(),
  /** Catalogue id of the meeting client, when the owner is one. */
  client: z.string().optional(),
});

const deviceUseSchema = z.object({
  inUse: z.boolean().nullable(),
  owners: z.array(ownerSchema),
});

export const signalReadingSchema = z.object({
  schema: z.literal(SIGNALS_SCHEMA),
  kind: z.string(),
  os: z.enum(['windows', 'macos', 'linux']),
  inCall: z.boolean().nullable(),
  /** Meeting clients with a call signal in this output. */
  clients: z.array(z.object({ id: z.string(), name: z.string() })),
  microphone: deviceUseSchema,
  camera: deviceUseSchema,
  screenSharing: z.boolean().nullable(),
  joinIntent: z.boolean().nullable(),
  /** One sentence a person can read. */
  summary: z.string(),
  /** The lines that decided, each with what it meant. */
  evidence: z.array(z.string()),
  /** Lines that could not be read, with their line numbers. */
  problems: z.array(z.string()),
});
export type SignalReading = z.infer<typeof signalReadingSchema>;
export type DeviceUse = z.infer<typeof deviceUseSchema>;
export type Owner = z.infer<typeof ownerSchema>;
