import { z } from 'zod';
import type { Finding } from '../decide.js';

/**
 * `pro status --format json` (ubuntu-advantage-tools) prints one JSON object with a top-level boolean
 * `attached`. A Pro subscription is also free for personal use, so it only ever supports a verdict.
 */
export const PRO_SOURCE = 'pro status --format json';
const SIGNAL = 'Ubuntu Pro attachment';
// Made at its first parse (z.lazy): `pro` is on few laptops.
const statusSchema = z.lazy(() => z.object({ attached: z.boolean() }).loose());

export function judgeUbuntuPro(stdout: string): Finding {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return finding('unavailable', 'pro status did not print JSON');
  }
  const parsed = statusSchema.safeParse(json);
  if (!parsed.success) return finding('unavailable', 'pro status JSON has no "attached" field');
  return parsed.data.attached
    ? finding('positive', 'attached to an Ubuntu Pro subscription (personal subscriptions exist, so this alone does not prove management)')
    : finding('negative', 'not attached to Ubuntu Pro');
}

export function finding(status: 'positive' | 'negative' | 'unavailable', detail: string): Finding {
  return { evidence: { signal: SIGNAL, source: PRO_SOURCE, weight: 'supporting', status, detail } };
}
