import { extname, join, resolve, sep } from 'node:path';

/**
 * The screens are served from a private `app://` scheme rather than file:// (the file-protocol fuse is off, and a
 * file:// page could read any file the user can). This module maps such a URL to a file below the renderer folder
 * and refuses anything that would step outside it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'meeting-guard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** The file for a request, or undefined for anything that is not a file of the built renderer. */
export function rendererFileFor(rendererRoot: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const root = resolve(rendererRoot);
  const file = resolve(join(root, path === '/' ? 'index.html' : path));
  return file.startsWith(root + sep) ? file : undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentTypeFor(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Sent as a header too, so the policy holds even for a response whose meta tag was lost. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
