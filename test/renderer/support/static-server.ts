import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, contentTypeFor, rendererFileFor } from '../../../electron/renderer-files.js';

export interface StaticServer {
  origin: string;
  /** Every path asked for, so a test can prove a request never arrived. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the built renderer the way the app's app:// handler does: same file mapping (rendererFileFor), same CSP
 * header, same content types.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const file = rendererFileFor(root, `app://meeting-guard${req.url ?? '/'}`);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': contentTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
