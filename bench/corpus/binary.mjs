// Binary shapes: Chromium Simple Cache entries and LevelDB folders (README.md says where each comes from).

function randomBytes(rand, n) {
  const buf = Buffer.allocUnsafe(n);
  let i = 0;
  for (; i + 4 <= n; i += 4) buf.writeUInt32LE(rand.next(), i);
  for (; i < n; i++) buf[i] = rand.int(256);
  return buf;
}

const SIMPLE_MAGIC = Buffer.from('305c72a71b6dfbfc', 'hex'); // 0xfcfb6d1ba7725c30, little-endian
const EOF_MAGIC = Buffer.from('d8410d97456ffaf4', 'hex'); // 0xf4fa6f45970d41d8

/** One `<hash>_0` entry: header, key (the URL), body, EOF record, the HTTP headers (stream 0), EOF record. */
export function cacheEntry(rand, v, size) {
  const url = rand.chance(0.4)
    ? `1/0/_dk_https://slack.com https://slack.com https://app.slack.com/api/users.info?user=U${v.hex(10).toUpperCase()}`
    : `1/0/_dk_https://teams.microsoft.com https://teams.microsoft.com https://statics.teams.cdn.office.net/evergreen-assets/${v.hex(16)}.${rand.pick(['js', 'png', 'woff2', 'json'])}`;
  const key = Buffer.from(url);
  const header = Buffer.alloc(20);
  SIMPLE_MAGIC.copy(header, 0);
  header.writeUInt32LE(5, 8);
  header.writeUInt32LE(key.length, 12);
  header.writeUInt32LE(rand.next(), 16);
  const headers = Buffer.from(`HTTP/1.1 200\0content-type: ${url.includes('api') ? 'application/json' : 'application/octet-stream'}\0date: Thu, 02 May 2024 10:11:12 GMT\0x-slack-req-id: ${v.hex(32)}\0server: ${rand.pick(['Apache', 'envoy'])}\0via: 1.1 ${v.ipv4()}\0\0`);
  const eof = () => Buffer.concat([EOF_MAGIC, randomBytes(rand, 16)]);
  const bodyBytes = Math.max(0, size - header.length - key.length - headers.length - 48);
  let body;
  if (url.includes('api')) {
    let text = '';
    while (text.length < bodyBytes) text += JSON.stringify({ ok: true, user: { id: `U${v.hex(10).toUpperCase()}`, real_name: v.person(), profile: { email: v.email(), display_name: v.first() } } });
    body = Buffer.from(text).subarray(0, bodyBytes);
  } else if (url.endsWith('.js') || url.endsWith('.json')) {
    let text = '';
    while (text.length < bodyBytes) text += `function ${v.hex(6)}(e,t){return e.${v.hex(4)}?t:${rand.int(1000)}.${rand.int(100)}}var a${v.hex(3)}={key:"${v.hex(8)}",ms:${rand.int(1e6)}};\n`;
    body = Buffer.from(text).subarray(0, bodyBytes);
  } else {
    body = randomBytes(rand, bodyBytes); // images and fonts: compressed, so random-looking
  }
  return Buffer.concat([header, key, body, eof(), headers, eof()]);
}

function varint(n) {
  const out = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

/** A Local Storage value: 0x00 + UTF-16LE or 0x01 + Latin-1, as Chromium stores them. */
function storageValue(rand, v) {
  const json = JSON.stringify({ teams: { [`T${v.hex(8).toUpperCase()}`]: { token: `xoxc-${v.hex(40)}`, name: 'Example Health Board', user_id: `U${v.hex(10).toUpperCase()}`, email: v.email() } }, lastActive: v.ipv4() });
  return rand.chance(0.5) ? Buffer.concat([Buffer.from([0]), Buffer.from(json, 'utf16le')]) : Buffer.concat([Buffer.from([1]), Buffer.from(json, 'latin1')]);
}

function batch(rand, v, seq) {
  const records = [];
  const count = 1 + rand.int(4);
  for (let i = 0; i < count; i++) {
    const key = Buffer.from(`_https://app.slack.com\0\x01${rand.pick(['localConfig_v2', 'persist:slack-client', 'lastSelectedTeam', `apiCache_${v.hex(6)}`])}`, 'latin1');
    const value = storageValue(rand, v);
    records.push(Buffer.from([1]), varint(key.length), key, varint(value.length), value);
  }
  const head = Buffer.alloc(12);
  head.writeBigUInt64LE(BigInt(seq), 0);
  head.writeUInt32LE(count, 8);
  return Buffer.concat([head, ...records]);
}

/** A LevelDB write-ahead log: 32 KiB blocks of records (checksum, length, type) carrying write batches. */
export function leveldbLog(rand, v, size) {
  const BLOCK = 32768;
  const parts = [];
  let written = 0;
  let inBlock = 0;
  for (let seq = 1; written < size; seq++) {
    let payload = batch(rand, v, seq);
    let first = true;
    while (payload.length > 0) {
      if (BLOCK - inBlock < 7) {
        parts.push(Buffer.alloc(BLOCK - inBlock));
        written += BLOCK - inBlock;
        inBlock = 0;
      }
      const room = BLOCK - inBlock - 7;
      const piece = payload.subarray(0, room);
      payload = payload.subarray(piece.length);
      const type = first && payload.length === 0 ? 1 : first ? 2 : payload.length === 0 ? 4 : 3;
      first = false;
      const head = Buffer.alloc(7);
      head.writeUInt32LE(rand.next(), 0);
      head.writeUInt16LE(piece.length, 4);
      head[6] = type;
      parts.push(head, piece);
      written += 7 + piece.length;
      inBlock += 7 + piece.length;
    }
  }
  return Buffer.concat(parts).subarray(0, size);
}

/** A LevelDB table: 4 KiB data blocks, about a third plain (prefix-compressed keys), the rest compressed. */
export function leveldbTable(rand, v, size) {
  const parts = [];
  let written = 0;
  while (written < size) {
    let block;
    if (rand.chance(0.35)) {
      const entries = [];
      let n = 0;
      while (n < 4000) {
        const key = Buffer.from(`\0\x01META:https://app.slack.com${v.hex(6)}`, 'latin1');
        const value = storageValue(rand, v);
        const e = Buffer.concat([varint(rand.int(8)), varint(key.length), varint(value.length), key, value]);
        entries.push(e);
        n += e.length;
      }
      block = Buffer.concat([...entries, Buffer.from([0])]);
    } else {
      block = Buffer.concat([randomBytes(rand, 4096), Buffer.from([1])]); // Snappy-compressed block
    }
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32LE(rand.next(), 0);
    parts.push(block, trailer);
    written += block.length + 4;
  }
  return Buffer.concat(parts).subarray(0, size);
}

export { randomBytes };
