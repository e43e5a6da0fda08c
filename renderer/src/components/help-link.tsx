import { useStrings } from '../strings/index.js';
import { ExternalLink } from './notice-content.js';

/** IT's help link (policy `helpLink`), offered wherever something failed; nothing when IT has not set one. */
export function HelpLink({ url }: { url?: string }) {
  const { t, helpUrl } = useStrings();
  const href = url ?? helpUrl;
  if (!href) return null;
  return (
    <p className="help-link">
      <ExternalLink href={href}>{t('contactIt')}</ExternalLink>
    </p>
  );
}
