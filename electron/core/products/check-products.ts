import { productSchema, type Product } from './schema.js';
import { clients } from './clients/index.js';
import { browsers } from './browsers/index.js';
import { recorders } from './recorders/index.js';

/**
 * Every product file checked against the schema, which also fills in its defaults; an id used twice fails too. Only
 * the sources need this (tests, the app, the CLI's build): the CLI's bundles carry the result as checked at build
 * (util/checked-at-build.ts) and leave this module, the schema and the product files out (scripts/build.mjs).
 */
export function checkProducts(): readonly Product[] {
  const parsed = [...clients, ...browsers, ...recorders].map((input, i) => {
    const result = productSchema.safeParse(input);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`product ${(input as { id?: string }).id ?? i}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  });
  const ids = new Set<string>();
  for (const p of parsed) {
    if (ids.has(p.id)) throw new Error(`product ${p.id}: id used twice`);
    ids.add(p.id);
  }
  return parsed;
}
