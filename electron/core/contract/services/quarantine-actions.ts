import { planClear } from '../../cleanup/clear-plan.js';
import { executeClear } from '../../cleanup/clear.js';
import type { ClientId } from '../../cleanup/catalogue/types.js';
import type { ProcessLister } from '../../cleanup/processes.js';
import type { Quarantine } from '../../cleanup/quarantine.js';
import { isInside, type RedirectedFolders } from '../../cleanup/paths.js';
import { escapeForDisplay, shownPath } from '../../cleanup/shown-path.js';
import type { OsName } from '../../platform/platform.js';
import type { StateRecorder } from '../../state/state-recorder.js';
import type { CleanupClearView } from '../views.js';
import type { CleanupActions } from './cleanup-service.js';

/**
 * Clearing through the cleanup feature's own plan and executor (keep-lists, link checks, running-client refusal,
 * quarantine), limited to the locations the person ticked.
 */
export function quarantineCleanupActions(deps: {
  os: OsName;
  home: string;
  folders?: RedirectedFolders;
  quarantine: Quarantine;
  listProcesses: ProcessLister;
  state?: StateRecorder;
}): CleanupActions {
  return {
    async clear(locations, options = {}) {
      const clients = [...new Set(locations.map((l) => l.clientId as ClientId))];
      const plan = await planClear({ os: deps.os, home: deps.home, folders: deps.folders, clients, extraLocations: options.extraLocations });
      const wanted = new Set(locations.map((l) => `${l.clientId}/${l.locationId}`));
      const within = (path: string) => locations.some((l) => isInside(l.path, path));
      const result = await executeClear({
        os: deps.os,
        dryRun: false,
        listProcesses: deps.listProcesses,
        quarantine: deps.quarantine,
        plan: { ...plan, targets: plan.targets.filter((t) => wanted.has(`${t.client}/${t.locationId}`)), skipped: plan.skipped.filter((s) => within(s.path)) },
      });
      // Names below the home are masked as contents are, and escaped for the screen.
      const shown = (path: string) => shownPath(path, deps.home, { display: true });
      const view: CleanupClearView = {
        cleared: result.items.filter((i) => i.status === 'cleared').map((i) => ({ id: i.path, label: shown(i.path) })),
        skipped: [
          ...result.refusedClients.map((r) => ({ id: r.client, label: r.client, reason: `still running (${r.running.map((p) => p.name).join(', ')})` })),
          ...result.items.filter((i) => i.status === 'skipped').map((i) => ({ id: i.path, label: shown(i.path), reason: i.reason ?? 'skipped' })),
        ],
      };
      if (view.cleared.length === 0) return view;
      // Reported to IT as "last cleared": only when something actually moved.
      await deps.state?.cleared();
      if (!result.batchId) return view;
      // How long Undo lasts is the batch's own expiry (IT's quarantineDays), read back from its manifest.
      const batch = (await deps.quarantine.list()).batches.find((b) => b.id === result.batchId);
      if (!batch) return { ...view, batchId: result.batchId };
      const undoDays = Math.round((Date.parse(batch.expiresAt) - Date.parse(batch.createdAt)) / 86_400_000);
      return { ...view, batchId: result.batchId, undoUntil: batch.expiresAt, undoDays };
    },
    async undo(batchId) {
      const result = await deps.quarantine.undo(batchId);
      const shown = (path: string) => shownPath(path, deps.home, { display: true });
      const notRestored = [
        ...result.skipped.map((s) => ({ label: shown(s.path), reason: s.reason })),
        ...result.problems.map((problem) => ({ label: 'The whole batch', reason: escapeForDisplay(problem) })),
      ];
      return notRestored.length > 0 ? { restored: result.restored.length, notRestored } : { restored: result.restored.length };
    },
  };
}
