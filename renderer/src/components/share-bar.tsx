import { useState } from 'react';
import type { NoticeView } from '../../../electron/core/contract/views.js';
import { api, unwrap } from '../api.js';
import { useStrings } from '../strings/index.js';
import { LiveMessage } from './live-message.js';
import { useNoticeLabels } from './notice-labels.js';

/** Copy, save and e-mail all start from the one rendering the core made, so every copy says the same. */
export function ShareBar({ notice }: { notice: NoticeView }) {
  const { t } = useStrings();
  // The buttons follow the notice's language (the formats they share are in it); the messages are the app's.
  const { label, outside } = useNoticeLabels(notice);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'problem' }>();
  const run = (action: () => Promise<string>) => () => {
    action().then(
      (text) => setMessage({ text, tone: 'info' }),
      (error: Error) => setMessage({ text: t('actionFailed', { message: error.message }), tone: 'problem' }),
    );
  };
  const copyText = run(async () => {
    await navigator.clipboard.writeText(notice.text);
    return t('copiedText');
  });
  const copyHtml = run(async () => {
    const item = new ClipboardItem({
      'text/html': new Blob([notice.html], { type: 'text/html' }),
      'text/plain': new Blob([notice.text], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
    return t('copiedHtml');
  });
  const savePdf = run(async () => {
    const result = await unwrap(api().notice.savePdf());
    return result.saved && result.path ? t('savedPdf', { path: result.path }) : t('pdfCancelled');
  });
  const email = run(async () => {
    await unwrap(api().notice.emailDraft());
    return t('emailOpened');
  });
  return (
    <section aria-labelledby="share-heading" className="share no-print">
      <h2 id="share-heading" lang={outside}>
        {label('shareHeading')}
      </h2>
      <div className="buttons" lang={outside}>
        <button type="button" onClick={copyText}>
          {label('copyText')}
        </button>
        <button type="button" onClick={copyHtml}>
          {label('copyHtml')}
        </button>
        <button type="button" onClick={savePdf}>
          {label('savePdf')}
        </button>
        <button type="button" onClick={email}>
          {label('emailDraft')}
        </button>
      </div>
      <LiveMessage text={message?.text} tone={message?.tone} />
    </section>
  );
}
