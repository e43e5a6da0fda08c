import type { ProductInput } from '../schema.js';
import _8x8Work from './8x8-work.js';
import adobeConnect from './adobe-connect.js';
import bluejeans from './bluejeans.js';
import chime from './chime.js';
import ciscoJabber from './cisco-jabber.js';
import dialpad from './dialpad.js';
import discord from './discord.js';
import element from './element.js';
import facetime from './facetime.js';
import goto from './goto.js';
import guilded from './guilded.js';
import jami from './jami.js';
import jitsi from './jitsi.js';
import joinMe from './join-me.js';
import linphone from './linphone.js';
import mattermost from './mattermost.js';
import mumble from './mumble.js';
import ringcentral from './ringcentral.js';
import rocketChat from './rocket-chat.js';
import signal from './signal.js';
import skype from './skype.js';
import skypeForBusiness from './skype-for-business.js';
import slack from './slack.js';
import teams from './teams.js';
import teamspeak from './teamspeak.js';
import telegram from './telegram.js';
import viber from './viber.js';
import webex from './webex.js';
import wechat from './wechat.js';
import whatsapp from './whatsapp.js';
import wire from './wire.js';
import zoom from './zoom.js';

// The first four keep the order cleanup has always listed them in.
export const clients: readonly ProductInput[] = [
  zoom,
  teams,
  webex,
  slack,
  _8x8Work,
  adobeConnect,
  bluejeans,
  chime,
  ciscoJabber,
  dialpad,
  discord,
  element,
  facetime,
  goto,
  guilded,
  jami,
  jitsi,
  joinMe,
  linphone,
  mattermost,
  mumble,
  ringcentral,
  rocketChat,
  signal,
  skype,
  skypeForBusiness,
  teamspeak,
  telegram,
  viber,
  wechat,
  whatsapp,
  wire,
];
