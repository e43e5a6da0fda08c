import type { Rand, Values } from './values.mjs';
export function cacheEntry(rand: Rand, v: Values, size: number): Buffer;
export function leveldbLog(rand: Rand, v: Values, size: number): Buffer;
export function leveldbTable(rand: Rand, v: Values, size: number): Buffer;
export function randomBytes(rand: Rand, n: number): Buffer;
