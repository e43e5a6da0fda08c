import { ContractError } from './errors.js';

/**
 * The one gate for opening anything outside the app: only https and mailto, only links the organisation's notice or
 * policy provides, and always the re-serialised URL (so "https://a@b" tricks and stray whitespace do not reach the OS).
 */
export function checkExternalUrl(raw: string, allowed: readonly string[]): string {
  const url = parse(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'mailto:') {
    throw new ContractError('not-allowed', `Only https and mailto links are opened; "${url.protocol}" is not.`);
  }
  if (url.protocol === 'https:' && (url.username || url.password)) {
    throw new ContractError('not-allowed', 'Links with a user name or password in them are not opened.');
  }
  const canonical = url.toString();
  const known = new Set(allowed.flatMap((a) => (canParse(a) ? [new URL(a).toString()] : [])));
  if (!known.has(canonical)) {
    throw new ContractError('not-allowed', `The link ${canonical} is not one your organisation's notice or policy provides.`);
  }
  return canonical;
}

function parse(raw: string): URL {
  if (!canParse(raw)) throw new ContractError('not-allowed', `"${raw.slice(0, 80)}" is not a link that can be opened.`);
  return new URL(raw);
}

function canParse(raw: string): boolean {
  try {
    new URL(raw);
    return true;
  } catch {
    return false;
  }
}
