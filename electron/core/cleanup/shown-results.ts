import type { ClearResult } from './clear.js';
import type { ScanReport } from './scan-report.js';
import { shownPath } from './shown-path.js';

/**
 * The scan report as printed and shown: a location's own path as the catalogue names it, every file and folder name
 * found below it masked (shown-path.ts). `display` also escapes control characters for a terminal or a screen.
 */
export function shownScanReport(report: ScanReport, options: { display?: boolean } = {}): ScanReport {
  const show = (path: string, kept: string) => shownPath(path, kept, options);
  return {
    ...report,
    home: show(report.home, report.home),
    clients: report.clients.map((client) => ({
      ...client,
      locations: client.locations.map((location) => ({
        ...location,
        path: show(location.path, location.path),
        // Relative to the location: every name in them is one the scan found, not one Meeting Guard chose.
        files: location.files.map((file) => ({ ...file, path: show(file.path, '') })),
        skipped: location.skipped.map((skip) => ({ ...skip, path: show(skip.path, location.path) })),
      })),
    })),
  };
}

/** A clear's result as printed and shown: names below the home masked. */
export function shownClearResult(result: ClearResult, home: string, options: { display?: boolean } = {}): ClearResult {
  return { ...result, items: result.items.map((item) => ({ ...item, path: shownPath(item.path, home, options) })) };
}
