import type { StatusView } from '../../../electron/core/contract/views.js';
import { api, useLive, usePush } from '../api.js';
import { HelpLink } from '../components/help-link.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { Path } from '../components/path.js';
import { StateIcon } from '../components/state-icon.js';
import { formatTime } from '../format.js';
import { useStrings, type StringKey } from '../strings/index.js';

type Check = StatusView['checks'][number];
type Evidence = Check['evidence'][number];

const STATE: Record<Check['state'], StringKey> = { ok: 'checkOk', problem: 'checkProblem', unknown: 'checkUnknown' };
const RESULT: Record<Evidence['status'], StringKey> = {
  positive: 'evidencePositive',
  negative: 'evidenceNegative',
  unavailable: 'evidenceUnavailable',
};

/** One sentence first, what to do next and IT's link; the evidence stays folded under "What was checked". */
export function StatusScreen() {
  // Follows the app: a recorder starting or a call ending re-checks while the window is open.
  const [status, reload] = useLive(() => api().status.get(), usePush().status);
  if (status.state === 'loading') return <Loading />;
  if (status.state === 'error') return <LoadFailed message={status.message} onRetry={reload} />;
  return <Status status={status.value} onRecheck={reload} />;
}

function Status({ status, onRecheck }: { status: StatusView; onRecheck: () => void }) {
  const { t, locale } = useStrings();
  const { overall } = status;
  return (
    <>
      <div className={`verdict ${overall.state}`}>
        <StateIcon state={overall.state} />
        <div>
          <p className="headline">{overall.headline}</p>
          {overall.nextStep ? <p className="next-step">{overall.nextStep}</p> : null}
          {overall.state !== 'ready' ? <HelpLink url={status.helpUrl} /> : null}
        </div>
      </div>
      <p className="checked-at">
        <span>{t('lastChecked', { time: formatTime(status.checkedAt, locale) })}</span>{' '}
        <button type="button" onClick={onRecheck}>
          {t('recheck')}
        </button>
      </p>
      <details className="evidence">
        <summary>{t('whatWasChecked')}</summary>
        {status.checks.map((check) => (
          <CheckCard key={check.id} check={check} />
        ))}
      </details>
    </>
  );
}

function CheckCard({ check }: { check: Check }) {
  const { t, locale } = useStrings();
  // The probes' technical details are English; say so to screen readers in a Welsh window.
  const detailLang = locale === 'en-GB' ? undefined : 'en-GB';
  return (
    <section aria-labelledby={`check-${check.id}`} className={`check-card state-${check.state}`}>
      <h2 id={`check-${check.id}`}>{check.title}</h2>
      <p>
        <strong className="state">{t(STATE[check.state])}.</strong> {check.summary}
      </p>
      {check.evidence.length > 0 ? (
        <ul className="signals" aria-label={t('evidenceCaption', { title: check.title })}>
          {check.evidence.map((e, i) => (
            <li key={i}>
              <span className="signal">{e.signal}</span>: {t(RESULT[e.status])} ({t(e.weight === 'decisive' ? 'evidenceDecisive' : 'evidenceSupporting')})
              {e.detail ? (
                <span className="detail" lang={detailLang}>
                  {e.detail}
                </span>
              ) : null}
              {e.source ? <Path path={e.source} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
