import { useState } from 'react';
import type { NoticeView } from '../../../electron/core/contract/views.js';
import { api, unwrap, useLoad } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { HelpLink } from '../components/help-link.js';
import { NoticeSections, NoticeSummary } from '../components/notice-body.js';
import { useNoticeLabels } from '../components/notice-labels.js';
import { useStrings } from '../strings/index.js';

/** Before a call: the summary first, the full notice one click away, then the organiser's checklist. */
export function PrecallScreen() {
  const [notice, reload] = useLoad(() => api().notice.get());
  if (notice.state === 'loading') return <Loading />;
  if (notice.state === 'error') return <LoadFailed message={notice.message} onRetry={reload} />;
  return <Precall notice={notice.value} />;
}

function Precall({ notice }: { notice: NoticeView }) {
  const { t } = useStrings();
  // The screen's words around the notice follow its language (see useNoticeLabels); the answers are the app's.
  const { label, outside, checklist } = useNoticeLabels(notice);
  const [open, setOpen] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; left?: readonly string[]; problem?: boolean }>();
  const toggle = (id: string) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const unticked = notice.checklist.filter((item) => !checked.has(item.id)).map((item) => item.label);
  const respond = (response: 'confirmed' | 'dismissed') => {
    unwrap(api().notice.respond({ noticeId: notice.id, response, checked: [...checked] })).then(
      () => {
        if (response === 'dismissed') setMessage({ text: t('dismissed') });
        else setMessage({ text: t('confirmed'), left: unticked });
      },
      (error: Error) => setMessage({ text: t('actionFailed', { message: error.message }), problem: true }),
    );
  };
  // One form for the whole screen: the notice scrolls, the answer buttons stay at the window's foot.
  return (
    <form
      className="precall"
      onSubmit={(event) => {
        event.preventDefault();
        respond('confirmed');
      }}
    >
      <NoticeSummary notice={notice} />
      <p>
        <button type="button" lang={outside} aria-expanded={open} aria-controls="full-notice" onClick={() => setOpen(!open)}>
          {label(open ? 'fullNoticeHide' : 'fullNoticeShow')}
        </button>
      </p>
      {open ? <NoticeSections notice={notice} id="full-notice" /> : null}
      <fieldset className="checklist">
        <legend>
          <h2 lang={outside}>{label('checklistHeading')}</h2>
        </legend>
        <p id="checklist-hint" lang={outside}>
          {label('checklistHint')}
        </p>
        {notice.checklist.length === 0 ? <p lang={outside}>{label('checklistNone')}</p> : null}
        {notice.checklist.map((item) => (
          <div className="check" key={item.id}>
            <input type="checkbox" id={`check-${item.id}`} checked={checked.has(item.id)} onChange={() => toggle(item.id)} aria-describedby="checklist-hint" />
            <label htmlFor={`check-${item.id}`} lang={checklist}>
              {item.parts
                ? item.parts.map((part, i) => (
                    <span key={i} lang={part.lang}>
                      {part.text}
                    </span>
                  ))
                : item.label}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        {notice.checklist.length > 0 ? (
          <p className="meta ticked" lang={outside}>
            {label('checkedCount', { done: checked.size, total: notice.checklist.length })}
          </p>
        ) : null}
        <div className="buttons" lang={outside}>
          <button type="submit" className="primary">
            {label('confirm')}
          </button>
          <button type="button" onClick={() => respond('dismissed')}>
            {label('dismiss')}
          </button>
        </div>
        <div role="status" aria-live="polite" className={`message ${message?.problem ? 'problem' : 'info'}`}>
          {message ? <p>{message.text}</p> : null}
          {message?.left && message.left.length > 0 ? (
            <>
              <p>{t('leftUnticked', { count: message.left.length })}</p>
              <ul className="unticked">
                {message.left.map((item) => (
                  <li key={item} lang={checklist}>
                    {item}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        {message?.problem ? <HelpLink /> : null}
      </div>
    </form>
  );
}
