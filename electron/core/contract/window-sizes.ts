import type { Screen } from './views.js';

/**
 * The size each window opens at, in CSS pixels. The shell opens its windows at these sizes and the renderer tests and
 * `npm run screenshots` render at them, so "visible without scrolling" is checked where people see it.
 */
export const windowSizes: Record<Screen, { width: number; height: number }> = {
  precall: { width: 560, height: 680 },
  notice: { width: 760, height: 720 },
  cleanup: { width: 720, height: 640 },
  settings: { width: 680, height: 640 },
  status: { width: 720, height: 640 },
  kept: { width: 640, height: 560 },
};
