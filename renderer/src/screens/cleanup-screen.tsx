import { useState } from 'react';
import type { CleanupClearView, CleanupScanView } from '../../../electron/core/contract/views.js';
import { api, unwrap, usePush } from '../api.js';
import { LiveMessage } from '../components/live-message.js';
import { Path } from '../components/path.js';
import { useStrings } from '../strings/index.js';
import { formatBytes, formatDay } from '../format.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'scanning' }
  | { kind: 'scanned'; scan: CleanupScanView; confirming: boolean }
  | { kind: 'cleared'; scan: CleanupScanView; result: CleanupClearView };

type Item = CleanupScanView['clients'][number]['items'][number];

/** Scan (with progress and Cancel), choose, confirm, clear; then Undo while the quarantine still holds the files. */
export function CleanupScreen() {
  const { t } = useStrings();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [showPaths, setShowPaths] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'problem' }>();
  const fail = (error: Error) => setMessage({ text: t('actionFailed', { message: error.message }), tone: 'problem' });

  const scan = () => {
    setStep({ kind: 'scanning' });
    setMessage({ text: t('scanning'), tone: 'info' });
    unwrap(api().cleanup.scan()).then(
      (result) => {
        const clearable = result.clients.filter((c) => !c.running).flatMap((c) => c.items.map((i) => i.id));
        setSelected(new Set(clearable));
        setStep({ kind: 'scanned', scan: result, confirming: false });
        setMessage(result.clients.every((c) => c.items.length === 0) ? { text: t('nothingFound'), tone: 'info' } : undefined);
      },
      (error: Error) => {
        setStep({ kind: 'idle' });
        fail(error);
      },
    );
  };
  const clear = (scanned: CleanupScanView) => {
    unwrap(api().cleanup.clear({ ids: [...selected] })).then((result) => {
      setStep({ kind: 'cleared', scan: scanned, result });
      setMessage({ text: t('cleared', { count: result.cleared.length }), tone: 'info' });
    }, fail);
  };
  const undo = (batchId: string) => {
    unwrap(api().cleanup.undo({ batchId })).then((result) => {
      setStep({ kind: 'idle' });
      setMessage({ text: t('undone', { count: result.restored }), tone: 'info' });
    }, fail);
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <p>{t('scanIntro')}</p>
      {step.kind === 'scanning' ? (
        <ScanProgress />
      ) : (
        <p className="buttons">
          <button type="button" className={step.kind === 'idle' ? 'primary' : ''} onClick={scan}>
            {t(step.kind === 'idle' ? 'scan' : 'scanAgain')}
          </button>
          {step.kind === 'scanned' && step.scan.clients.some((c) => c.items.length > 0) ? (
            <button type="button" aria-pressed={showPaths} onClick={() => setShowPaths(!showPaths)}>
              {t('showWhere')}
            </button>
          ) : null}
        </p>
      )}
      {step.kind === 'scanned' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setStep({ ...step, confirming: true });
          }}
        >
          {step.scan.clearing && !step.scan.clearing.allowed && step.scan.clearing.message ? <p className="problem">{step.scan.clearing.message}</p> : null}
          {step.scan.clients
            .filter((client) => client.items.length > 0)
            .map((client) => (
              <fieldset key={client.id}>
                <legend>{client.name}</legend>
                {client.running ? <p className="problem">{t('clientRunning', { client: client.name })}</p> : null}
                {client.items.map((item) => (
                  <div className="check" key={item.id}>
                    <input
                      type="checkbox"
                      id={`item-${item.id}`}
                      checked={selected.has(item.id)}
                      disabled={client.running || step.scan.clearing?.allowed === false}
                      onChange={() => toggle(item.id)}
                    />
                    <label htmlFor={`item-${item.id}`}>
                      <ItemLabel item={item} showPath={showPaths} />
                    </label>
                  </div>
                ))}
              </fieldset>
            ))}
          {step.confirming ? (
            <div role="group" aria-labelledby="cleanup-confirm" className="confirm">
              <p id="cleanup-confirm">{t('confirmClear', { count: selected.size })}</p>
              <div className="buttons">
                <button type="button" className="danger" autoFocus onClick={() => clear(step.scan)}>
                  {t('confirmClearYes')}
                </button>
                <button type="button" onClick={() => setStep({ ...step, confirming: false })}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          ) : step.scan.clients.some((c) => c.items.length > 0) ? (
            <button type="submit" disabled={selected.size === 0}>
              {t('clearSelected')}
            </button>
          ) : null}
        </form>
      ) : null}
      {step.kind === 'cleared' ? <Cleared result={step.result} onUndo={undo} /> : null}
      <LiveMessage text={message?.text} tone={message?.tone} />
    </>
  );
}

/** "Zoom logs: IP addresses and names of participants" · "2 e-mail addresses and 1 IP address" · 55 B, and where. */
function ItemLabel({ item, showPath }: { item: Item; showPath: boolean }) {
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

/** Files and megabytes so far, from the push channel, and a way to stop. */
function ScanProgress() {
  const { t, locale } = useStrings();
  const { progress } = usePush();
  return (
    <div className="progress">
      <p>
        <progress aria-label={t('scanning')} />{' '}
        <span>{progress ? t('scanProgress', { files: progress.files.toLocaleString(locale), size: formatBytes(progress.bytes, locale), client: progress.client }) : t('scanning')}</span>
      </p>
      <button type="button" onClick={() => void api().cleanup.cancel()}>
        {t('cancelScan')}
      </button>
    </div>
  );
}

function Cleared({ result, onUndo }: { result: CleanupClearView; onUndo: (batchId: string) => void }) {
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
