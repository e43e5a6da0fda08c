import { useState } from 'react';
import { api, unwrap, useLoad } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { LiveMessage } from '../components/live-message.js';
import { useStrings } from '../strings/index.js';
import { Path } from '../components/path.js';
import { formatBytes, formatDay, formatTime } from '../format.js';

/** Everything the app itself stores, and one button to clear it. */
export function KeptScreen() {
  const { t, locale } = useStrings();
  const [kept, reload, set] = useLoad(() => api().kept.list());
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  if (kept.state === 'loading') return <Loading />;
  if (kept.state === 'error') return <LoadFailed message={kept.message} onRetry={reload} />;
  const clear = () => {
    unwrap(api().kept.clear()).then(
      (next) => {
        set(next);
        setConfirming(false);
        setMessage(t('keptCleared'));
      },
      (error: Error) => setMessage(t('actionFailed', { message: error.message })),
    );
  };
  return (
    <>
      <p>{t('keptIntro')}</p>
      {kept.value.items.length === 0 ? (
        <p>{t('keptNothing')}</p>
      ) : (
        <dl className="kept">
          {kept.value.items.map((item) => (
            <div key={item.id}>
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
            </div>
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
          <button type="button" onClick={() => setConfirming(true)} disabled={kept.value.items.length === 0}>
            {t('keptClear')}
          </button>
        </p>
      )}
      <LiveMessage text={message} />
    </>
  );
}
