/** Escapes text for XML element content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ADMX string ids allow letters, digits and underscores; enum values such as "clear-on-confirm" need mapping. */
export function stringId(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_]/g, '_')).join('_');
}
