export interface Rand {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export interface Values {
  person(): string;
  email(): string;
  ipv4(): string;
  ipv6(): string;
  mac(): string;
  hex(n: number): string;
  version(): string;
  first(): string;
}
export function prng(seed: number): Rand;
export function values(rand: Rand): Values;
export function smallFileSize(rand: Rand): number;
