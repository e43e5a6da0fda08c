import { createContext, useContext } from 'react';
import type { Locale } from '../../../electron/core/contract/views.js';
import { cy } from './cy.js';
import { enGB, type StringKey } from './en-gb.js';

const tables: Record<Locale, Record<StringKey, string>> = { 'en-GB': enGB, cy };

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = tables[locale];
  return (key, values = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The window's language, and IT's help link (policy `helpLink`) that every failing state offers. */
export interface WindowStrings {
  locale: Locale;
  t: Translate;
  helpUrl?: string;
}

export const LocaleContext = createContext<WindowStrings>({ locale: 'en-GB', t: translator('en-GB') });

export function useStrings(): WindowStrings {
  return useContext(LocaleContext);
}

export type { StringKey };
