import { clientCatalogue } from '../../cleanup/catalogue/catalogue.js';
import { describeFindings, describeLocation, nameForId } from '../../products/describe.js';
import type { ClientId, DataLocation } from '../../cleanup/catalogue/types.js';
import { clearRefusal, clientRefusal, type CleanupPolicy } from '../../cleanup/cleanup-policy.js';
import { extraLocations } from '../../cleanup/extra-paths.js';
import { shownPath } from '../../cleanup/shown-path.js';
import type { ProcessLister } from '../../cleanup/processes.js';
import type { ScanReport } from '../../cleanup/scan-report.js';
import { scanClients } from '../../cleanup/scan.js';
import { scanPool, type ScanPool, type ScanWorkers } from '../../cleanup/scan-pool.js';
import type { RedirectedFolders } from '../../cleanup/paths.js';
import type { OsName } from '../../platform/platform.js';
import { ContractError } from '../errors.js';
import { cleanupDecision } from './cleanup-decision.js';
import { plainUndoLeftover } from './undo-words.js';
import { fill } from '../../i18n/translate.js';
import { productWords } from '../../i18n/product-words.js';
import { throttled } from '../../util/throttle.js';
import type { CleanupClearView, CleanupDecision, CleanupScanView, Locale } from '../views.js';

/**
 * Clearing and undoing belong to the cleanup feature (quarantine, safe moves); the screens reach them through this
 * narrow port so the contract does not depend on how the quarantine is laid out.
 */
export interface CleanupActions {
  /** `extraLocations`: policy's extra paths, the same ones the scan showed, so they can be cleared too. */
  clear(locations: readonly { clientId: string; locationId: string; path: string }[], options?: { extraLocations?: readonly DataLocation[] }): Promise<CleanupClearView>;
  undo(batchId: string): Promise<{ restored: number; notRestored?: { label: string; reason: string }[] }>;
}

export interface CleanupServiceDeps {
  os: OsName;
  home: string;
  /** The one cleanup decision (cleanup-policy.ts decideCleanup) from the settings in force now. */
  policy: () => Promise<CleanupPolicy>;
  processes: ProcessLister;
  actions: CleanupActions;
  /** Windows' AppData where folder redirection moved it. */
  folders?: RedirectedFolders;
  /** Threads for the scan (the app's bundle beside its main script); on the calling thread when left out. */
  scanWorkers?: ScanWorkers;
  /** A pool of the caller's own instead of one built from scanWorkers. */
  pool?: ScanPool;
  /** The screens' language: names and descriptions are in it. */
  locale?: () => Promise<Locale>;
}

/**
 * An item is one data location of one client: what the person confirms clearing. Names and labels are the person's
 * words (display names, what the place holds, what was found there); ids stay in `id` for the screen to send back.
 * `refusal`, from the one cleanup decision, says why clearing is not offered.
 */
export function scanView(report: ScanReport, running: ReadonlySet<string>, locale: Locale = 'en-GB', clearing: string | CleanupDecision = { allowed: true }): CleanupScanView {
  return {
    clearing: typeof clearing === 'string' ? { allowed: false, message: clearing } : clearing,
    clients: report.clients.map((client) => ({
      id: client.id,
      name: nameForId(client.id, locale, [client]),
      running: running.has(client.id),
      items: client.locations
        .filter((l) => l.exists && l.clear !== 'never' && l.bytes > 0)
        .map((l) => ({
          id: `${client.id}/${l.id}`,
          label: describeLocation(l.id, locale),
          path: shownPath(l.path, l.path, { display: true }),
          shortPath: shortPath(shownPath(l.path, l.path, { display: true }), report.home),
          kind: l.clear,
          sizeBytes: l.bytes,
          ...(l.clear === 'clear'
            ? {
                found: describeFindings(l.findings, locale),
                counts: {
                  emails: l.findings.emails.count,
                  ipAddresses: l.findings.ipv4.count + l.findings.ipv6.count,
                  names: l.findings.accountNames.count,
                  deviceAddresses: l.findings.macAddresses.count,
                },
              }
            : {}),
        })),
    })),
  };
}

/** "~/.zoom/logs": the home folder as people write it; the full path is still in `path`. */
export function shortPath(path: string, home: string): string {
  if (!home || !path.startsWith(home)) return path;
  const rest = path.slice(home.length);
  if (rest === '') return '~';
  return /^[\\/]/.test(rest) ? `~${rest}` : path;
}

const PROGRESS_MS = 100;

export function createCleanupService(deps: CleanupServiceDeps) {
  let running: AbortController | undefined;
  let last: { report: ScanReport; running: Set<string> } | undefined;
  // One pool for the app's life: its threads stop when idle and start again for the next scan.
  const pool = deps.pool ?? scanPool(deps.scanWorkers);
  const runningClients = async (ids: readonly ClientId[]) => {
    const running = new Set<string>();
    for (const client of clientCatalogue.filter((c) => ids.includes(c.id))) {
      if ((await deps.processes(client.processes[deps.os])).length > 0) running.add(client.id);
    }
    return running;
  };
  return {
    async scan(options: { onProgress?: (progress: { files: number; bytes: number; client: string }) => void } = {}): Promise<CleanupScanView> {
      const policy = await deps.policy();
      const locale = (await deps.locale?.()) ?? 'en-GB';
      const extra = extraLocations(deps.os, deps.home, policy.extraPaths).locations;
      // One scan at a time: a new one replaces the one before.
      running?.abort();
      const controller = new AbortController();
      running = controller;
      // The scan counts over every client; it is said at most every 100 ms so a window is not flooded, and the
      // newest count held back is said when the 100 ms are up, so a window never stays on an old count.
      const progress = throttled(PROGRESS_MS, (p: { client: string; filesDone: number; bytesDone: number }) =>
        options.onProgress?.({ files: p.filesDone, bytes: p.bytesDone, client: nameForId(p.client, locale) }),
      );
      const onProgress = progress.say;
      try {
        const [report, runningNow] = await Promise.all([
          scanClients({ os: deps.os, home: deps.home, folders: deps.folders, clients: policy.clients, extraLocations: extra, pool, signal: controller.signal, onProgress }),
          runningClients(policy.clients),
        ]);
        if (controller.signal.aborted) throw new ContractError('failed', locale === 'cy' ? 'Cafodd y chwilio ei ganslo.' : 'The search was cancelled.');
        last = { report, running: runningNow };
        return scanView(report, runningNow, locale, cleanupDecision(policy, locale));
      } catch (error) {
        if (controller.signal.aborted) throw new ContractError('failed', locale === 'cy' ? 'Cafodd y chwilio ei ganslo.' : 'The search was cancelled.');
        throw error;
      } finally {
        progress.stop();
        if (running === controller) running = undefined;
      }
    },
    /** Asked before any scan, so the screen can say at once whether it will offer clearing. */
    decision: async (): Promise<CleanupDecision> => cleanupDecision(await deps.policy(), (await deps.locale?.()) ?? 'en-GB'),
    cancel(): boolean {
      if (!running) return false;
      running.abort();
      return true;
    },
    async clear(ids: readonly string[]): Promise<CleanupClearView> {
      // Decided again now, not at the scan: IT may have locked cleanup since, and the lock must hold at once.
      const policy = await deps.policy();
      const refusal = clearRefusal(policy);
      if (refusal) throw new ContractError('not-allowed', refusal);
      if (!last) throw new ContractError('not-allowed', 'Look for meeting data first: only what a scan showed can be cleared.');
      const { report } = last;
      const locale = (await deps.locale?.()) ?? 'en-GB';
      // Checked again now: a client started since the scan would write its files back.
      const running = await runningClients(report.clients.map((c) => c.id as ClientId));
      const chosen = [];
      const skipped: CleanupClearView['skipped'] = [];
      for (const id of ids) {
        const [clientId, locationId] = id.split('/');
        const client = report.clients.find((c) => c.id === clientId);
        const location = client?.locations.find((l) => l.id === locationId);
        if (!client || !location || location.clear === 'never') throw new ContractError('invalid-request', `"${id}" was not found by the last scan.`);
        const notAllowed = clientRefusal(policy, client.id as ClientId, nameForId(client.id, locale, [client]));
        if (notAllowed) throw new ContractError('not-allowed', `${notAllowed[0]!.toUpperCase()}${notAllowed.slice(1)}: nothing was moved.`);
        if (running.has(client.id)) skipped.push({ id, label: describeLocation(location.id, locale), reason: fill(productWords(locale).running, { product: nameForId(client.id, locale, [client]) }) });
        else chosen.push({ clientId: client.id, locationId: location.id, path: location.path });
      }
      const extra = extraLocations(deps.os, deps.home, policy.extraPaths).locations;
      const result = chosen.length > 0 ? await deps.actions.clear(chosen, { extraLocations: extra }) : { cleared: [], skipped: [] };
      return { ...result, skipped: [...skipped, ...result.skipped] };
    },
    async undo(batchId: string) {
      const result = await deps.actions.undo(batchId);
      if (!result.notRestored) return result;
      const locale = (await deps.locale?.()) ?? 'en-GB';
      return { ...result, notRestored: result.notRestored.map((item) => plainUndoLeftover({ ...item, label: shortPath(item.label, deps.home) }, locale)) };
    },
  };
}
