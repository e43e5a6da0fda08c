import { useState } from 'react';
import { api, unwrap, useLoad } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { LiveMessage } from '../components/live-message.js';
import { useStrings } from '../strings/index.js';

/** Everything the app itself stores, and one button to clear it. */
export function KeptScreen() {
  const { t } = useStrings();
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
              <dd>
                {item.detail}
                <br />
                <code>{item.location}</code>
              </dd>
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
