import type { NoticeView } from '../../../electron/core/contract/views.js';
import { linksIn } from '../../../electron/core/contract/notice-links.js';
import { Blocks, ExternalLink } from './notice-content.js';
import { useNoticeLabels } from './notice-labels.js';
import { useStrings } from '../strings/index.js';
import { formatDate } from '../format.js';

/** The summary: what a person reads in under a minute before a call. */
export function NoticeSummary({ notice }: { notice: NoticeView }) {
  const { label, inNotice: lang } = useNoticeLabels(notice);
  const { locale } = useStrings();
  // The date reads in the language of the words around it: the labels' own where the core gave them.
  const dateLocale = notice.labels?.lang ?? locale;
  return (
    <section aria-labelledby="summary-heading" lang={notice.language}>
      <h2 id="summary-heading" lang={lang}>{label('summaryHeading')}</h2>
      <p className="meta" lang={lang}>
        {label('from', { organisation: notice.organisation })}
        {notice.lastUpdated ? ` · ${label('lastUpdated', { date: formatDate(notice.lastUpdated, dateLocale) })}` : ''}
      </p>
      {notice.fallback ? (
        <p className="meta fell-back" lang={notice.fallback.lang}>
          {notice.fallback.text}
        </p>
      ) : null}
      <ul className="summary">
        {notice.summary.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** The full text, section by section, then the links it gives. */
export function NoticeSections({ notice, id }: { notice: NoticeView; id?: string }) {
  const { label, inNotice: lang } = useNoticeLabels(notice);
  // The notice's own text (its "More information" section) often lists the same links: say each only once.
  const inText = new Set(notice.sections.flatMap((section) => linksIn(section.blocks)));
  const links = notice.links.filter((link) => !inText.has(link.url));
  return (
    <div id={id} className="notice-text" lang={notice.language}>
      <h2 className="notice-title">{notice.title}</h2>
      {notice.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h3 id={`section-${section.id}`} lang={section.headingLang}>
            {section.heading}
          </h3>
          <Blocks blocks={section.blocks} level={4} />
        </section>
      ))}
      {links.length > 0 ? (
        <section aria-labelledby="links-heading">
          <h3 id="links-heading" lang={lang}>{label('linksHeading')}</h3>
          <ul>
            {links.map((link) => (
              <li key={link.url}>
                <ExternalLink href={link.url}>{link.label}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

