import type { Rand, Values } from './values.mjs';
export function logLine(rand: Rand, v: Values, style: 'zoom' | 'slack' | 'electron', clock: { ms: number }): string;
export function jsonDocument(rand: Rand, v: Values, kind: 'settings' | 'storage', targetBytes: number): string;
export function zoomConf(rand: Rand, v: Values): string;
export function utf16Log(text: string): Buffer;
