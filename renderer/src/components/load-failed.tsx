import { useStrings } from '../strings/index.js';
import { HelpLink } from './help-link.js';

export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useStrings();
  return (
    <div role="alert" className="problem-box">
      <p>{t('loadFailed', { message })}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      ) : null}
      <HelpLink />
    </div>
  );
}

export function Loading() {
  const { t } = useStrings();
  return (
    <p role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}
