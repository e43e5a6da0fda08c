import { expect, it } from 'vitest';
import { VERSION } from '../../../electron/core/version.js';
import { fixture } from '../../support/fixtures.js';

it('the core version constant matches package.json', () => {
  expect(VERSION).toBe((JSON.parse(fixture('../../package.json')) as { version: string }).version);
});
