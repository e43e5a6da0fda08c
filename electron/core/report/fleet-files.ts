import { intuneRules } from './intune-compliance.js';

/** The fleet-reporting files generated from code and shipped in build/fleet/ (checked by a test). */
export function fleetFiles(): Record<string, string> {
  return { 'build/fleet/intune-compliance-rules.json': `${JSON.stringify(intuneRules(), null, 2)}\n` };
}
