import { api, useLive, usePush } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { NoticeSections, NoticeSummary } from '../components/notice-body.js';
import { ShareBar } from '../components/share-bar.js';

/** The notice at any time, from the tray: summary, full text, and the ways to share it. */
export function NoticeScreen() {
  // Follows policy: IT naming another notice file (or none) shows at once in an open window.
  const [notice, reload] = useLive(() => api().notice.get(), usePush().notice);
  if (notice.state === 'loading') return <Loading />;
  if (notice.state === 'error') return <LoadFailed message={notice.message} onRetry={reload} />;
  return (
    <>
      <NoticeSummary notice={notice.value} />
      <ShareBar notice={notice.value} />
      <NoticeSections notice={notice.value} />
    </>
  );
}
