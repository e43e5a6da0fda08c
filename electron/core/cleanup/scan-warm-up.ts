import type { FileReader } from './file-reader.js';
import { FindingsTally } from './findings.js';
import { scanStream, takeBuffers, giveBack } from './stream-scan.js';
import { scanTextValues } from './sqlite-scan.js';

/**
 * Lines of the shapes the scan meets (bench/corpus/README.md gives the source of each: electron-log's line format,
 * ICE candidates after RFC 8839, Slack API user objects, MAC addresses as Linux and Windows print them), with the
 * near misses beside each kind: timestamps, version numbers, decimals, C++ scopes, loopback and broadcast, JSON
 * keywords. Every value is from a documentation range (RFC 5737, RFC 3849, RFC 2606 names).
 */
export const WARM_UP_LINES = [
  '[2024-05-02 18:46:23.870] [verbose] [0x01ae] CmmConfAgent::HandleConfStatus seq=6958 status=200 took=870.1ms url=https://us04web.example.com/api/v2/577472?ts=67583870',
  '{"displayName":"Björn García","userName":"björn19","jid":"58aa25ba71f4@xmpp.example.org","email":"b.garcia@example.org","realName":null}',
  'a=candidate:1 1 udp 2122260223 192.0.2.14 54400 typ host; srflx 198.51.100.7 rport 9; relay 203.0.113.250:3478.',
  'addr=:fe80::1ff:fe23:4567:890a%eth0 v6 2001:db8:85a3::8a2e:370:7334 [2001:db8::ff00:42:8329]:443 ::ffff:192.0.2.128 ::1 :: 1:2:3:4:5:6:7:8 2001:db8:0:0:0:0:2:1 fe80::',
  'mac a4:83:e7:12:34:56 A4-83-E7-12-34-57 00:00:00:00:00:00 ff:ff:ff:ff:ff:ff 01:23:45:67:89:ab:cd 2024-05-02 version 5.17.11.3835 1.2.3.4.5 12.345 127.0.0.1 0.0.0.0 255.255.255.255 010.1.1.1 300.1.1.1',
  "user_name=42 screen name = 'Ana Silva'; login-name=\"x\" FULL_NAME: Zoë Ng <zoe@example.org>, sender name: \"Ng, Zoë\" principal_name=true first name:",
  'Foo::Bar::baz() 10:11:12.345 2024-05-02T18:46:23Z a@b .c@d.e x@example.co.uk name=me MNAME m@ @@ ..@example.net first-name  =  Kim Lee',
];

const ROUNDS = 12;

/** A file held in memory, read the way a scanning thread reads (blocking reads answered at once). */
function memoryReader(bytes: Buffer): FileReader {
  const read = (buffer: Uint8Array, offset: number, length: number, position: number) => {
    const n = Math.max(0, Math.min(length, bytes.length - position));
    if (n > 0) bytes.copy(buffer, offset, position, position + n);
    return n;
  };
  return {
    read: (buffer, offset, length, position) => Promise.resolve(read(buffer, offset, length, position)),
    readNow: read,
    readAll: () => Promise.resolve(bytes),
    close: () => Promise.resolve(),
  };
}

/**
 * Runs the matchers over every kind and near miss, as text and as UTF-16LE, as a file and as database cells, before
 * a thread's first job. The compiler then optimises each matcher once, knowing every branch; without this it
 * compiles them early on what the first files hold, and again each time a later file takes a branch not yet seen
 * (each a few milliseconds of compiling, which on a scan of a few hundred megabytes added up to a second).
 */
export async function warmUpMatchers(): Promise<void> {
  const text = Buffer.from(`${WARM_UP_LINES.join('\n')}\n`, 'utf8');
  const wide = Buffer.from(`${WARM_UP_LINES.join('\r\n')}\r\n`, 'utf16le');
  const file = Buffer.concat([text, wide, text]);
  const cells = WARM_UP_LINES.flatMap((line) => line.split(' ')).map((cell) => Buffer.from(cell, 'utf8'));
  for (let round = 0; round < ROUNDS; round++) {
    const buffers = takeBuffers();
    try {
      const first = memoryReader(file).readNow!(buffers.spare[0], 0, buffers.chunk, 0);
      await scanStream(memoryReader(file), buffers, first, new FindingsTally(), { size: file.length });
    } finally {
      giveBack(buffers);
    }
    scanTextValues(cells, 'utf8', new FindingsTally());
    scanTextValues([wide], 'utf16le', new FindingsTally());
  }
}
