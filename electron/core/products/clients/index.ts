import type { ProductInput } from '../schema.js';
import bluejeans from './bluejeans.js';
import chime from './chime.js';
import facetime from './facetime.js';
import goto from './goto.js';
import jitsi from './jitsi.js';
import ringcentral from './ringcentral.js';
import skype from './skype.js';
import slack from './slack.js';
import teams from './teams.js';
import webex from './webex.js';
import zoom from './zoom.js';

// The first four keep the order cleanup has always listed them in.
export const clients: readonly ProductInput[] = [
  zoom,
  teams,
  webex,
  slack,
  bluejeans,
  chime,
  facetime,
  goto,
  jitsi,
  ringcentral,
  skype,
];
