import type { ProductInput } from './schema.js';

/**
 * Typed identity for product files: mistakes show in the editor, and the schema (schema.ts) checks the rest once, on
 * first use. It lives apart from the schema so that reading a product file builds no zod schema: the CLI's bundles
 * carry the products as checked at build and never need productSchema at all.
 */
export const defineProduct = (product: ProductInput): ProductInput => product;
