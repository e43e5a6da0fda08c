import { shell } from 'electron';
import { checkExternalUrl } from './core/contract/external-links.js';

/**
 * The one place the app hands a URL to the OS. Every caller's URL passes the core's gate (https or mailto only,
 * re-serialised, on the allowed list) right here, however it was checked before.
 */
export async function openExternalChecked(url: string, allowed: readonly string[]): Promise<void> {
  await shell.openExternal(checkExternalUrl(url, allowed));
}
