// Text shapes: client logs, JSON settings and storage, UTF-16LE logs (README.md says where each comes from).

const hosts = ['zoom.us', 'us04web.zoom.us', 'app.slack.com', 'edgeapi.slack.com', 'teams.microsoft.com', 'login.microsoftonline.com', 'statics.teams.cdn.office.net'];
const components = ['zWebService::OnRequestDone', 'CmmConfAgent::HandleConfStatus', 'ssb::SBWebServiceMgr::OnRequest', 'zoom_data::ZoomUserData::Load', 'CZoomNetworkMonitor::OnNetworkChanged', 'CmmAudioSessionMgr::Start'];
const levels = ['info', 'debug', 'warn', 'verbose', 'error'];

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** One log line; a few percent carry a personal value, the rest are the noise that surrounds it. */
export function logLine(rand, v, style, clock) {
  clock.ms += 1 + rand.int(900);
  const t = clock.ms;
  const stamp = `2024-05-${pad(2 + Math.floor(t / 86400000) % 27)} ${pad(Math.floor(t / 3600000) % 24)}:${pad(Math.floor(t / 60000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}`;
  const head = style === 'slack'
    ? `[05/${pad(2 + Math.floor(t / 86400000) % 27)}/24, ${stamp.slice(11, 19)}:${pad(t % 1000, 3)}] ${rand.pick(levels)}: `
    : style === 'zoom'
      ? `[${stamp}] [${rand.pick(levels)}] [0x${v.hex(4)}] `
      : `[${stamp}] [${rand.pick(levels)}]  `;
  const r = rand.int(100);
  let body;
  if (r < 3) body = `login succeeded for ${v.email()} (account ${v.hex(8)})`;
  else if (r < 6) body = `candidate:${rand.int(4)} 1 udp ${2122260223 - rand.int(1000)} ${v.ipv4()} ${50000 + rand.int(15000)} typ srflx raddr ${v.ipv4()} rport ${40000 + rand.int(9000)}`;
  else if (r < 8) body = `ice candidate ${v.ipv6()} ${50000 + rand.int(15000)} typ host`;
  else if (r < 10) body = `{"displayName":"${v.person()}","userName":"${v.first().toLowerCase()}${rand.int(999)}","jid":"${v.hex(12)}@xmpp.zoom.us"}`;
  else if (r < 11) body = `NetworkMonitor: adapter eth0 mac=${v.mac()} mtu=1500 up`;
  else if (r < 12) body = `participant joined: display_name=${v.person()}; role=attendee`;
  else if (r < 30) body = `${rand.pick(components)} seq=${rand.int(100000)} status=200 took=${rand.int(900)}.${rand.int(10)}ms url=https://${rand.pick(hosts)}/api/v${1 + rand.int(3)}/${v.hex(6)}?ts=${t}`;
  else if (r < 45) body = `Store: UPDATE_SETTINGS {"zoomLevel":0,"theme":"dark","releaseChannel":"prod","version":"${v.version()}"}`;
  else if (r < 60) body = `${rand.pick(components)} ptr=0x${v.hex(12)} state=${rand.int(9)} elapsed=${rand.int(60)}:${pad(rand.int(60))}:${pad(rand.int(60))}`;
  else if (r < 75) body = `WebContents[${rand.int(40)}]: did-finish-load https://${rand.pick(hosts)}/client/${v.hex(16)}.js (${rand.int(4000)}.${rand.int(100)} KB)`;
  else if (r < 88) body = `Audio: device changed, sample rate ${rand.pick(['44100', '48000'])} Hz, ${1 + rand.int(2)} ch, jitter ${rand.int(40)}.${rand.int(100)} ms, loss ${rand.int(5)}.${rand.int(100)}%`;
  else body = `GPU: ${rand.pick(['Mesa Intel(R) UHD Graphics 620', 'llvmpipe (LLVM 15.0.6, 256 bits)'])} driver ${rand.int(30)}.${rand.int(5)}.${rand.int(9)}, version ${v.version()}`;
  return `${head}${body}\n`;
}

/** A user as Slack's Web API returns it (api.slack.com/types/user), the shape Slack keeps in its storage. */
function slackUser(rand, v) {
  const name = v.person();
  return {
    id: `U${v.hex(10).toUpperCase()}`, team_id: `T${v.hex(8).toUpperCase()}`, name: name.split(' ')[0].toLowerCase(), deleted: false,
    color: v.hex(6), real_name: name, tz: 'Europe/London', tz_offset: 3600,
    profile: { title: rand.pick(['', 'Engineer', 'Head of IT', 'Nurse']), phone: '', real_name: name, display_name: name.split(' ')[0], email: v.email(), image_72: `https://avatars.slack-edge.com/${v.hex(20)}_72.jpg`, status_text: rand.pick(['', 'In a meeting', 'On holiday']) },
    is_admin: rand.chance(0.1), updated: 1714640000 + rand.int(1e6),
  };
}

/** JSON storage: workspace state with a user list (Slack), settings (teams-for-linux), Zoom's conf. */
export function jsonDocument(rand, v, kind, targetBytes) {
  if (kind === 'settings') {
    const doc = { url: 'https://teams.microsoft.com', partition: 'persist:teams-4-linux', closeAppOnCross: false, appIcon: '', spellCheckerLanguages: ['en-GB', 'cy'], proxyServer: '', chromeUserAgent: `Mozilla/5.0 (X11; Linux x86_64) Chrome/${100 + rand.int(30)}.0.0.0`, customCSSName: '', notificationMethod: 'web', lastUser: v.email() };
    return JSON.stringify(doc, null, 2);
  }
  const users = [];
  let size = 0;
  while (size < targetBytes) {
    const u = slackUser(rand, v);
    users.push(u);
    size += JSON.stringify(u).length + 1;
  }
  const doc = { appTeams: { selectedTeamId: `T${v.hex(8).toUpperCase()}`, teams: { [`T${v.hex(8).toUpperCase()}`]: { team_name: 'Example Health Board', team_url: 'https://example-health.slack.com/', user_id: users[0]?.id, email: v.email() } } }, settings: { releaseChannel: 'prod', launchOnStartup: true }, users };
  return JSON.stringify(doc);
}

/** Zoom's Linux settings file (INI-style). */
export function zoomConf(rand, v) {
  return `[General]\nautoPlayGif=false\nfake_version=\ncurrentMeetingId=\ndeviceID=${v.mac()}\nenableAlphaBuffer=true\nlanguage=en-GB\nlastUserEmail=${v.email()}\nnewMeetingWithVideo=false\nsso_domain=example\nuserEmailAddress=${v.email()}\nxwayland=true\n\n[AS]\nshowframewindow=true\n`;
}

/** UTF-16LE with a byte-order mark, as Windows PowerShell 5.1 writes redirected output. */
export function utf16Log(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
}
