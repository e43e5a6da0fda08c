import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo, Locale, Screen } from '../../electron/core/contract/views.js';
import { api, PushContext, unwrap, useLoad, usePushChannel } from './api.js';
import { LocaleContext, translator, type StringKey } from './strings/index.js';
import { PrecallScreen } from './screens/precall-screen.js';
import { NoticeScreen } from './screens/notice-screen.js';
import { CleanupScreen } from './screens/cleanup-screen.js';
import { SettingsScreen } from './screens/settings-screen.js';
import { StatusScreen } from './screens/status-screen.js';
import { KeptScreen } from './screens/kept-screen.js';
import { LoadFailed, Loading } from './components/load-failed.js';

const TITLES: Record<Screen, StringKey> = {
  precall: 'screenPrecall',
  notice: 'screenNotice',
  cleanup: 'screenCleanup',
  settings: 'screenSettings',
  status: 'screenStatus',
  kept: 'screenKept',
};

// TITLES names every screen (its type requires it), so it doubles as the list of valid hashes without bundling zod.
function screenFromHash(): Screen {
  const hash = window.location.hash.replace(/^#\/?/, '');
  return Object.hasOwn(TITLES, hash) ? (hash as Screen) : 'status';
}

/** One window shows one screen, named by the URL's hash (`index.html#cleanup`). */
export function App() {
  const [screen, setScreen] = useState<Screen>(screenFromHash);
  const [info, reloadInfo, setInfo] = useLoad(() => api().app.info());
  const locale: Locale = info.state === 'ready' ? info.value.locale : 'en-GB';
  const helpUrl = info.state === 'ready' ? info.value.helpUrl : undefined;
  const strings = useMemo(() => ({ locale, t: translator(locale), ...(helpUrl ? { helpUrl } : {}) }), [locale, helpUrl]);
  const heading = useRef<HTMLHeadingElement>(null);
  const push = usePushChannel();

  useEffect(() => {
    const onHash = () => setScreen(screenFromHash());
    // Another window may have changed the language meanwhile; a changed locale reloads the screen (keyed below).
    window.addEventListener('hashchange', onHash);
    window.addEventListener('focus', reloadInfo);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('focus', reloadInfo);
    };
  }, [reloadInfo]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${strings.t(TITLES[screen])} · ${strings.t('productName')}`;
  }, [locale, screen, strings]);

  const changeLocale = (next: Locale) => {
    void unwrap(api().app.setLocale({ locale: next })).then((value: AppInfo) => setInfo(value));
  };

  return (
    <PushContext.Provider value={push}>
      <LocaleContext.Provider value={strings}>
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            // The hash names the screen, so the skip link moves focus itself instead of changing it.
            event.preventDefault();
            heading.current?.focus();
          }}
        >
          {strings.t('skipToContent')}
        </a>
        <header className="banner">
          <p className="product">{strings.t('productName')}</p>
          <label className="locale">
            {strings.t('language')}{' '}
            <select value={locale} onChange={(e) => changeLocale(e.target.value as Locale)}>
              <option value="en-GB" lang="en-GB">
                English
              </option>
              <option value="cy" lang="cy">
                Cymraeg
              </option>
            </select>
          </label>
        </header>
        <main id="main" tabIndex={-1}>
          <h1 ref={heading} tabIndex={-1}>
            {strings.t(TITLES[screen])}
          </h1>
          {/* The screen waits for the person's language: mounted before it, a Welsh desktop's screen would load, show
              in English, then remount (keyed by the language) and load again, a flash of the wrong words. */}
          {info.state === 'loading' ? <Loading /> : info.state === 'error' ? <LoadFailed message={info.message} /> : <ScreenBody key={locale} screen={screen} />}
        </main>
      </LocaleContext.Provider>
    </PushContext.Provider>
  );
}

/** Keyed by locale at the call site: a new language reloads the screen, so the notice follows the UI language. */
function ScreenBody({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'precall':
      return <PrecallScreen />;
    case 'notice':
      return <NoticeScreen />;
    case 'cleanup':
      return <CleanupScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'status':
      return <StatusScreen />;
    case 'kept':
      return <KeptScreen />;
  }
}
