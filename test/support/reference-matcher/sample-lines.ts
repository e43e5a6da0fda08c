/**
 * Lines of the shapes the scan meets (bench/corpus/README.md gives the source of each: electron-log's line format,
 * ICE candidates after RFC 8839, Slack API user objects, MAC addresses as Linux and Windows print them), with the
 * near misses beside each kind: timestamps, version numbers, decimals, C++ scopes, loopback and broadcast, JSON
 * keywords. Every value is from a documentation range (RFC 5737, RFC 3849, RFC 2606 names). The engine's differential
 * test cuts them at every byte.
 */
export const SAMPLE_LINES = [
  '[2024-05-02 18:46:23.870] [verbose] [0x01ae] CmmConfAgent::HandleConfStatus seq=6958 status=200 took=870.1ms url=https://us04web.example.com/api/v2/577472?ts=67583870',
  '{"displayName":"Björn García","userName":"björn19","jid":"58aa25ba71f4@xmpp.example.org","email":"b.garcia@example.org","realName":null}',
  'a=candidate:1 1 udp 2122260223 192.0.2.14 54400 typ host; srflx 198.51.100.7 rport 9; relay 203.0.113.250:3478.',
  'addr=:fe80::1ff:fe23:4567:890a%eth0 v6 2001:db8:85a3::8a2e:370:7334 [2001:db8::ff00:42:8329]:443 ::ffff:192.0.2.128 ::1 :: 1:2:3:4:5:6:7:8 2001:db8:0:0:0:0:2:1 fe80::',
  'mac a4:83:e7:12:34:56 A4-83-E7-12-34-57 00:00:00:00:00:00 ff:ff:ff:ff:ff:ff 01:23:45:67:89:ab:cd 2024-05-02 version 5.17.11.3835 1.2.3.4.5 12.345 127.0.0.1 0.0.0.0 255.255.255.255 010.1.1.1 300.1.1.1',
  "user_name=42 screen name = 'Ana Silva'; login-name=\"x\" FULL_NAME: Zoë Ng <zoe@example.org>, sender name: \"Ng, Zoë\" principal_name=true first name:",
  'Foo::Bar::baz() 10:11:12.345 2024-05-02T18:46:23Z a@b .c@d.e x@example.co.uk name=me MNAME m@ @@ ..@example.net first-name  =  Kim Lee',
];
