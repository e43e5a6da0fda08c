import type { StatusView } from '../../../electron/core/contract/views.js';
import { api, useLoad } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { useStrings, type StringKey } from '../strings/index.js';

type Check = StatusView['checks'][number];
type Evidence = Check['evidence'][number];

const STATE: Record<Check['state'], StringKey> = { ok: 'checkOk', problem: 'checkProblem', unknown: 'checkUnknown' };
const RESULT: Record<Evidence['status'], StringKey> = {
  positive: 'evidencePositive',
  negative: 'evidenceNegative',
  unavailable: 'evidenceUnavailable',
};

/** Every check with the evidence behind it, so a person (or IT on the phone) can see why. */
export function StatusScreen() {
  const { t } = useStrings();
  const [status, reload] = useLoad(() => api().status.get());
  return (
    <>
      <p>
        <button type="button" onClick={reload}>
          {t('recheck')}
        </button>
      </p>
      {status.state === 'loading' ? <Loading /> : null}
      {status.state === 'error' ? <LoadFailed message={status.message} onRetry={reload} /> : null}
      {status.state === 'ready' ? status.value.checks.map((check) => <CheckCard key={check.id} check={check} />) : null}
    </>
  );
}

function CheckCard({ check }: { check: Check }) {
  const { t } = useStrings();
  return (
    <section aria-labelledby={`check-${check.id}`} className={`check-card ${check.state}`}>
      <h2 id={`check-${check.id}`}>
        {check.title}: <span className="state">{t(STATE[check.state])}</span>
      </h2>
      <p>{check.summary}</p>
      {check.evidence.length > 0 ? (
        <table>
          <caption>{t('evidenceCaption', { title: check.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evidenceSignal')}</th>
              <th scope="col">{t('evidenceSource')}</th>
              <th scope="col">{t('evidenceResult')}</th>
              <th scope="col">{t('evidenceDetail')}</th>
            </tr>
          </thead>
          <tbody>
            {check.evidence.map((e, i) => (
              <tr key={i}>
                <th scope="row">{e.signal}</th>
                <td>
                  <code>{e.source}</code>
                </td>
                <td>
                  {t(RESULT[e.status])} ({t(e.weight === 'decisive' ? 'evidenceDecisive' : 'evidenceSupporting')})
                </td>
                <td>{e.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
