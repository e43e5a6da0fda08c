import type { App, Session, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './renderer-files.js';

/**
 * Copying the notice for chat is the one permission a page may use; everything else (camera, microphone,
 * notifications from the page, geolocation …) is refused.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

function permitted(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** The app needs no network: every request that is not for its own pages or the developer tools is cancelled. */
export function allowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://');
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => callback(permitted(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permitted(permission, requestingOrigin));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowedRequest(details.url) }));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/** Applied to every web contents the app ever creates, including any a bug might open. */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
}

export function hardenApp(app: App): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

export { APP_ORIGIN };
