import { useEffect, useRef, useState } from 'react';
import type { CleanupClearView, CleanupDecision, CleanupScanView } from '../../../electron/core/contract/views.js';
import { api, unwrap, useLive, usePush } from '../api.js';
import { Cleared, FoundList, ItemLabel, Leftovers, ScanProgress, type UndoResult } from '../components/cleanup-parts.js';
import { LiveMessage } from '../components/live-message.js';
import { useStrings } from '../strings/index.js';

type Step =
  | { kind: 'idle'; undone?: UndoResult }
  | { kind: 'scanning' }
  | { kind: 'scanned'; scan: CleanupScanView; confirming: boolean }
  | { kind: 'cleared'; scan: CleanupScanView; result: CleanupClearView };

/**
 * Scan (with progress and Stop looking), choose, confirm, clear; then Undo while the quarantine still holds the files.
 * Whether Clear is offered at all is the one cleanup decision (cleanup:allowed), said before anything is scanned.
 */
export function CleanupScreen() {
  const { t } = useStrings();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [showPaths, setShowPaths] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'problem' }>();
  // Policy may lock cleanup while the window is open: the decision follows it.
  const [decided] = useLive(() => api().cleanup.allowed(), usePush().settings);
  const stopping = useRef(false);
  // The button just pressed (Stop looking, Undo) goes away with its step: focus moves on instead of dropping to the top.
  const focusNext = useRef<'scan' | 'leftovers'>(undefined);
  const scanButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = focusNext.current === 'leftovers' ? document.getElementById('leftovers-heading') : focusNext.current === 'scan' ? scanButton.current : null;
    focusNext.current = undefined;
    target?.focus();
  }, [step]);
  const fail = (error: Error) => setMessage({ text: t('actionFailed', { message: error.message }), tone: 'problem' });
  const scanned = step.kind === 'scanned' || step.kind === 'cleared' ? step.scan : undefined;
  const decision: CleanupDecision | undefined = scanned?.clearing ?? (decided.state === 'ready' ? decided.value : undefined);
  const refused = decision?.allowed === false;

  const scan = () => {
    stopping.current = false;
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
        focusNext.current = 'scan';
        setStep({ kind: 'idle' });
        // Stopped on purpose is not a failure: it is said as what happened.
        if (stopping.current) setMessage({ text: t('scanStopped'), tone: 'info' });
        else fail(error);
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
      focusNext.current = result.notRestored?.length ? 'leftovers' : 'scan';
      setStep({ kind: 'idle', undone: result });
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
  const found = step.kind === 'scanned' && step.scan.clients.some((c) => c.items.length > 0);

  return (
    <>
      <p>{t(refused ? 'scanIntroLooking' : 'scanIntro')}</p>
      {refused && decision.reason ? <p className="decision">{decision.reason}</p> : null}
      {step.kind === 'scanning' ? (
        <ScanProgress onStop={() => (stopping.current = true)} />
      ) : (
        <p className="buttons">
          <button type="button" ref={scanButton} className={step.kind === 'idle' ? 'primary' : ''} onClick={scan}>
            {t(step.kind === 'idle' ? 'scan' : 'scanAgain')}
          </button>
          {found ? (
            <button type="button" aria-pressed={showPaths} onClick={() => setShowPaths(!showPaths)}>
              {t('showWhere')}
            </button>
          ) : null}
        </p>
      )}
      {/* Right under the buttons: "2 items cleared." is read before how long Undo lasts. */}
      <LiveMessage text={message?.text} tone={message?.tone} />
      {step.kind === 'scanned' && refused ? <FoundList scan={step.scan} showPaths={showPaths} /> : null}
      {step.kind === 'scanned' && !refused ? (
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
                    <input type="checkbox" id={`item-${item.id}`} checked={selected.has(item.id)} disabled={client.running} onChange={() => toggle(item.id)} />
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
          ) : found ? (
            <button type="submit" disabled={selected.size === 0}>
              {t('clearSelected')}
            </button>
          ) : null}
        </form>
      ) : null}
      {step.kind === 'cleared' ? <Cleared result={step.result} onUndo={undo} /> : null}
      {step.kind === 'idle' && step.undone ? <Leftovers result={step.undone} /> : null}
    </>
  );
}
