import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeFor, rendererFileFor } from './renderer-files.js';

/**
 * Must run before the app is ready, and once (a later call replaces the list): app:// behaves like https (secure
 * context, same-origin rules). Vite's module scripts are fetched in CORS mode, which needs fetch and CORS support on
 * the scheme; the page's CSP (connect-src 'none') still forbids any fetch of its own.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
}

/** Serves the built screens, and only them. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': contentTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
