import type { PolicyProblem, RawLayer } from './resolve.js';

/** What one read of the OS's policy stores found: sparse layers (already merged per layer) and what was wrong. */
export interface PolicyReadout {
  machine: RawLayer;
  user: RawLayer;
  problems: PolicyProblem[];
}

/** One per OS, chosen in select-platform.ts. Reads every time it is asked: the service decides when. */
export interface PolicySource {
  read(): Promise<PolicyReadout>;
  /** Folders whose changes should trigger a re-read (none on Windows: the registry is polled). */
  watchPaths(): string[];
}
