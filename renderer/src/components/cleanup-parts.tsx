import type { CleanupClearView, CleanupScanView } from '../../../electron/core/contract/views.js';
import { api, usePush } from '../api.js';
import { useStrings } from '../strings/index.js';
import { formatBytes, formatDay } from '../format.js';
import { Path } from './path.js';

type Item = CleanupScanView['clients'][number]['items'][number];
export type UndoResult = { restored: number; notRestored?: { label: string; reason: string }[] };

/** "Zoom logs: IP addresses and names of participants" · "2 e-mail addresses and 1 IP address" · 55 B, and where. */
export function ItemLabel({ item, showPath }: { item: Item; showPath: boolean }) {
  const { locale } = useStrings();
  return (
    <>
      <span className="item-label">{item.label}</span>
      <span className="meta item-found">
        {[item.found, item.sizeBytes !== undefined ? formatBytes(item.sizeBytes, locale) : undefined].filter(Boolean).join(' · ')}
      </span>
      {showPath ? <Path path={item.shortPath ?? item.path} /> : null}
    </>
  );
}

/** What was found, without anything to choose: shown when clearing is not offered (the reason is said above it). */
export function FoundList({ scan, showPaths }: { scan: CleanupScanView; showPaths: boolean }) {
  return (
    <>
      {scan.clients
        .filter((client) => client.items.length > 0)
        .map((client) => (
          <section key={client.id} aria-labelledby={`found-${client.id}`} className="found">
            <h2 id={`found-${client.id}`}>{client.name}</h2>
            <ul>
              {client.items.map((item) => (
                <li key={item.id}>
                  <ItemLabel item={item} showPath={showPaths} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

/** Files and megabytes so far, from the push channel, and a way to stop. */
export function ScanProgress({ onStop }: { onStop: () => void }) {
  const { t, locale } = useStrings();
  const { progress } = usePush();
  return (
    <div className="progress">
      <p>
        {/* Not <progress>: Chromium's indeterminate bar moves even when the person asked for less motion. */}
        <span className="busy" role="progressbar" aria-label={t('scanning')}>
          <span />
        </span>{' '}
        <span>{progress ? t(progress.files === 1 ? 'scanProgressOne' : 'scanProgress', { files: progress.files.toLocaleString(locale), size: formatBytes(progress.bytes, locale), client: progress.client }) : t('scanning')}</span>
      </p>
      <button
        type="button"
        onClick={() => {
          onStop();
          void api().cleanup.cancel();
        }}
      >
        {t('cancelScan')}
      </button>
    </div>
  );
}

export function Cleared({ result, onUndo }: { result: CleanupClearView; onUndo: (batchId: string) => void }) {
  const { t, locale } = useStrings();
  return (
    <div className="cleared">
      {result.skipped.length > 0 ? (
        <ul>
          {result.skipped.map((s) => (
            <li key={s.id}>{t('skippedItem', { label: s.label, reason: s.reason })}</li>
          ))}
        </ul>
      ) : null}
      {result.batchId && result.undoUntil ? <p>{t('undoUntil', { days: result.undoDays ?? 0, date: formatDay(result.undoUntil, locale) })}</p> : null}
      {result.batchId ? (
        <button type="button" onClick={() => onUndo(result.batchId as string)}>
          {t('undo')}
        </button>
      ) : null}
    </div>
  );
}

/** After an Undo that could not put everything back: what stayed set aside, and why, in plain words. */
export function Leftovers({ result }: { result: UndoResult }) {
  const { t } = useStrings();
  const left = result.notRestored ?? [];
  if (left.length === 0) return null;
  return (
    <div className="leftovers" role="group" aria-labelledby="leftovers-heading">
      <h2 id="leftovers-heading" tabIndex={-1}>{t('undoLeftHeading', { count: left.length })}</h2>
      <ul>
        {left.map((item, i) => (
          <li key={i}>
            <Path path={item.label} />: {item.reason}
          </li>
        ))}
      </ul>
      <p>{t('undoLeftWhere')}</p>
    </div>
  );
}
