// Made-up personal values from documentation ranges (see README.md), drawn from one seeded generator.

/** xorshift32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed) {
  let x = seed >>> 0 || 1;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x >>> 0);
  const int = (n) => next() % n;
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() / 4294967296 < p };
}

// Welsh and other non-ASCII names too: the product ships in English and Welsh, and names are not ASCII.
const first = ['Ada', 'Grace', 'Alan', 'Siân', 'Dafydd', 'Zoë', 'Łukasz', 'Amélie', 'Mohammed', 'Priya', 'Chen', 'Olusegun', 'Noor', 'Björn', 'Rhiannon', 'Iolo', 'María', 'Kenji'];
const last = ['Lovelace', 'Hopper', 'Turing', 'Jones', 'ap Gruffydd', 'Nowak', 'Dubois', 'Khan', 'Patel', 'Wei', 'Adeyemi', 'Haddad', 'Lindqvist', 'Williams', 'García', 'Tanaka'];
const domains = ['example.org', 'example.com', 'contoso.com', 'mail.example.net', 'eu.example.org'];

export function values(rand) {
  const person = () => `${rand.pick(first)} ${rand.pick(last)}`;
  const ascii = (s) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  const email = () => {
    const f = rand.pick(first);
    const l = rand.pick(last);
    const local = rand.chance(0.5) ? `${ascii(f)}.${ascii(l)}` : `${ascii(f)[0]}${ascii(l)}${rand.int(100)}`;
    return `${local}@${rand.pick(domains)}`;
  };
  const ipv4 = () => {
    switch (rand.int(6)) {
      case 0: return `192.0.2.${1 + rand.int(254)}`;
      case 1: return `198.51.100.${1 + rand.int(254)}`;
      case 2: return `203.0.113.${1 + rand.int(254)}`;
      case 3: return `10.${rand.int(256)}.${rand.int(256)}.${1 + rand.int(254)}`;
      case 4: return `172.${16 + rand.int(16)}.${rand.int(256)}.${1 + rand.int(254)}`;
      default: return `192.168.${rand.int(256)}.${1 + rand.int(254)}`;
    }
  };
  const hex4 = () => rand.int(0x10000).toString(16);
  const ipv6 = () =>
    rand.chance(0.3)
      ? `fe80::${hex4()}:${hex4()}:${hex4()}:${hex4()}`
      : rand.chance(0.5)
        ? `2001:db8:${hex4()}:${hex4()}::${hex4()}`
        : `2001:db8:${hex4()}:${hex4()}:${hex4()}:${hex4()}:${hex4()}:${hex4()}`;
  const mac = () => {
    const bytes = Array.from({ length: 6 }, () => rand.int(256).toString(16).padStart(2, '0'));
    // Windows' ipconfig and getmac print AA-BB-CC-DD-EE-FF in capitals; Linux and macOS aa:bb:cc:dd:ee:ff.
    return rand.chance(0.3) ? bytes.join('-').toUpperCase() : bytes.join(':');
  };
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[rand.int(16)]).join('');
  const version = () => `${5 + rand.int(2)}.${rand.int(18)}.${rand.int(12)}.${1000 + rand.int(30000)}`;
  return { person, email, ipv4, ipv6, mac, hex, version, first: () => rand.pick(first) };
}

/** A size from a log-normal-ish spread: most small, a few large, as cache entries are. */
export function smallFileSize(rand) {
  const r = rand.next() / 4294967296;
  return Math.round(300 + 64 * 1024 * r ** 4);
}
