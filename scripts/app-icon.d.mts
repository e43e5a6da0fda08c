export const APP_ICON_SIZES: readonly number[];
export function appIconPng(size: number): Buffer;
