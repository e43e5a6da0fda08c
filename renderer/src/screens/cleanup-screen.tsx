import { useState } from 'react';
import type { CleanupClearView, CleanupScanView } from '../../../electron/core/contract/views.js';
import { api, unwrap } from '../api.js';
import { LiveMessage } from '../components/live-message.js';
import { useStrings } from '../strings/index.js';
import { formatBytes } from '../format.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'scanned'; scan: CleanupScanView; confirming: boolean }
  | { kind: 'cleared'; scan: CleanupScanView; result: CleanupClearView };

/** Scan, choose, confirm, clear; then Undo while the quarantine still holds the files. */
export function CleanupScreen() {
  const { t, locale } = useStrings();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'problem' }>();
  const fail = (error: Error) => setMessage({ text: t('actionFailed', { message: error.message }), tone: 'problem' });

  const scan = () => {
    unwrap(api().cleanup.scan()).then((result) => {
      const clearable = result.clients.filter((c) => !c.running).flatMap((c) => c.items.map((i) => i.id));
      setSelected(new Set(clearable));
      setStep({ kind: 'scanned', scan: result, confirming: false });
      setMessage(result.clients.every((c) => c.items.length === 0) ? { text: t('nothingFound'), tone: 'info' } : undefined);
    }, fail);
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
      <p>
        <button type="button" className={step.kind === 'idle' ? 'primary' : ''} onClick={scan}>
          {t(step.kind === 'idle' ? 'scan' : 'scanAgain')}
        </button>
      </p>
      {step.kind === 'scanned' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setStep({ ...step, confirming: true });
          }}
        >
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
                      disabled={client.running}
                      onChange={() => toggle(item.id)}
                    />
                    <label htmlFor={`item-${item.id}`}>
                      {item.label}
                      {item.sizeBytes !== undefined ? ` (${formatBytes(item.sizeBytes, locale)})` : ''}
                      <span className="path">{item.path}</span>
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
      {step.kind === 'cleared' ? (
        <>
          {step.result.skipped.length > 0 ? (
            <ul>
              {step.result.skipped.map((s) => (
                <li key={s.id}>{t('skippedItem', { label: s.label, reason: s.reason })}</li>
              ))}
            </ul>
          ) : null}
          {step.result.batchId ? (
            <button type="button" onClick={() => undo(step.result.batchId as string)}>
              {t('undo')}
            </button>
          ) : null}
        </>
      ) : null}
      <LiveMessage text={message?.text} tone={message?.tone} />
    </>
  );
}
