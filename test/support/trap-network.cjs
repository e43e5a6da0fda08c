// Loaded with `node --require` by the no-network test: every way Node can open a socket or resolve a name is
// wrapped so that an attempt is recorded (in the file named by MG_NET_TRAP_LOG) and then refused.
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dgram = require('node:dgram');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');

const log = process.env.MG_NET_TRAP_LOG;
function trap(what) {
  return function trapped() {
    const line = `${what} ${JSON.stringify([...arguments].filter((a) => typeof a !== 'function').slice(0, 2))}\n`;
    if (log) fs.appendFileSync(log, line);
    throw new Error(`network use refused by test: ${what}`);
  };
}

net.Socket.prototype.connect = trap('net.Socket.connect');
net.createConnection = trap('net.createConnection');
net.connect = trap('net.connect');
net.Server.prototype.listen = trap('net.Server.listen');
tls.connect = trap('tls.connect');
dgram.createSocket = trap('dgram.createSocket');
dns.lookup = trap('dns.lookup');
dns.resolve = trap('dns.resolve');
dns.promises.lookup = trap('dns.promises.lookup');
dns.promises.resolve = trap('dns.promises.resolve');
http.request = trap('http.request');
http.get = trap('http.get');
https.request = trap('https.request');
https.get = trap('https.get');
if (typeof globalThis.fetch === 'function') globalThis.fetch = trap('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trap('WebSocket');
