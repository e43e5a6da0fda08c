import { useEffect, useRef, useState } from 'react';
import type { KeptId, KeptView } from '../../../electron/core/contract/views.js';
import { api, unwrap, useLive, usePush } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { LiveMessage } from '../components/live-message.js';
import { useStrings } from '../strings/index.js';
import { Path } from '../components/path.js';
import { formatBytes, formatDay, formatTime } from '../format.js';

type Item = KeptView['items'][number];

/** Only the quarantine is gone for good when cleared (Undo can no longer bring the meeting data back): it asks first. */
const ASKS_FIRST: ReadonlySet<string> = new Set<KeptId>(['quarantine']);

/** Everything the app itself stores, each with its own Clear, and one button to clear it all. */
export function KeptScreen() {
  const { t } = useStrings();
  // Follows the app: a setting changed or data cleared in another window shows here at once.
  const [kept, reload, set] = useLive(() => api().kept.list(), usePush().kept);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'problem' }>();
  const list = useRef<HTMLDListElement>(null);
  const clearAll = useRef<HTMLButtonElement>(null);
  const focusNext = useRef(false);
  useEffect(() => {
    // A row was cleared and is gone: focus moves to the next Clear, so a keyboard user is not dropped to the top.
    if (!focusNext.current || kept.state !== 'ready') return;
    focusNext.current = false;
    (list.current?.querySelector<HTMLButtonElement>('button.kept-clear') ?? clearAll.current)?.focus();
  }, [kept]);
  if (kept.state === 'loading') return <Loading />;
  if (kept.state === 'error') return <LoadFailed message={kept.message} onRetry={reload} />;
  const fail = (error: Error) => setMessage({ text: t('actionFailed', { message: error.message }), tone: 'problem' });
  const clear = () => {
    unwrap(api().kept.clear()).then((next) => {
      set(next);
      setConfirming(false);
      setMessage({ text: t('keptCleared'), tone: 'info' });
    }, fail);
  };
  const clearOne = (item: Item) => {
    unwrap(api().kept.clearItem({ id: item.id as KeptId })).then((next) => {
      focusNext.current = true;
      set(next);
      setMessage({ text: t('keptClearedOne', { label: item.label }), tone: 'info' });
    }, fail);
  };
  return (
    <>
      <p>{t('keptIntro')}</p>
      {kept.value.items.length === 0 ? (
        <p>{t('keptNothing')}</p>
      ) : (
        <dl className="kept" ref={list}>
          {kept.value.items.map((item) => (
            <KeptItem key={item.id} item={item} onClear={() => clearOne(item)} />
          ))}
        </dl>
      )}
      {confirming ? (
        <div role="group" aria-labelledby="kept-confirm" className="confirm">
          <p id="kept-confirm">{t('keptConfirm')}</p>
          <div className="buttons">
            <button type="button" className="danger" onClick={clear} autoFocus>
              {t('confirmClearYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button type="button" ref={clearAll} onClick={() => setConfirming(true)} disabled={kept.value.items.length === 0}>
            {t('keptClear')}
          </button>
        </p>
      )}
      <LiveMessage text={message?.text} tone={message?.tone} />
    </>
  );
}

/** One kept thing: what it is, when it was written, how big, when it goes by itself, where, and its own Clear. */
function KeptItem({ item, onClear }: { item: Item; onClear: () => void }) {
  const { t, locale } = useStrings();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const confirmId = `kept-confirm-${item.id}`;
  return (
    <div>
      <dt>{item.label}</dt>
      <dd>{item.detail}</dd>
      {item.updatedAt || item.sizeBytes !== undefined ? (
        <dd className="meta">
          {[item.updatedAt ? t('keptUpdated', { date: formatTime(item.updatedAt, locale) }) : '', item.sizeBytes !== undefined ? formatBytes(item.sizeBytes, locale) : '']
            .filter(Boolean)
            .join(' · ')}
        </dd>
      ) : null}
      {item.expiresAt ? <dd className="meta">{t('keptExpires', { date: formatDay(item.expiresAt, locale) })}</dd> : null}
      {/[\\/]/.test(item.location) ? (
        <dd>
          <Path path={item.location} />
        </dd>
      ) : null}
      <dd className="kept-actions">
        {asking ? (
          <div role="group" aria-labelledby={confirmId} className="confirm">
            <p id={confirmId}>{t('keptQuarantineConfirm')}</p>
            <div className="buttons">
              <button type="button" className="danger" autoFocus onClick={onClear}>
                {t('keptQuarantineConfirmYes')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setAsking(false);
                  // Back to the Clear it came from.
                  requestAnimationFrame(() => button.current?.focus());
                }}
              >
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" ref={button} className="kept-clear" onClick={() => (ASKS_FIRST.has(item.id) ? setAsking(true) : onClear())}>
            {t('keptClearOne')}
            <span className="visually-hidden">: {item.label}</span>
          </button>
        )}
      </dd>
    </div>
  );
}
