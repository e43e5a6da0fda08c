import type { ProductInput } from '../schema.js';
import arc from './arc.js';
import brave from './brave.js';
import chrome from './chrome.js';
import chromium from './chromium.js';
import edge from './edge.js';
import firefox from './firefox.js';
import opera from './opera.js';
import safari from './safari.js';
import vivaldi from './vivaldi.js';

export const browsers: readonly ProductInput[] = [
  arc,
  brave,
  chrome,
  chromium,
  edge,
  firefox,
  opera,
  safari,
  vivaldi,
];
