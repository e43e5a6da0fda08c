/**
 * Where the project publishes its documentation (this repository's docs/ and build/policy/ folders). The admin
 * templates link here (Jamf's schema links, the settings reference); change it in this one place if it moves.
 */
export const DOCS_BASE_URL = 'https://meetingguard.example/docs';

/** The settings reference, and one setting's row in it (build/policy/SETTINGS.md gives each row this anchor). */
export function settingDocsUrl(key?: string): string {
  return `${DOCS_BASE_URL}/policy/SETTINGS.md${key ? `#${key.toLowerCase()}` : ''}`;
}

/** The marker left where only IT can fill in a value (a URL of their own): a reserved name that never resolves. */
export const IT_FILLS_IN_URL = 'https://REPLACE-WITH-YOUR-HELP-PAGE.invalid/meeting-guard';
