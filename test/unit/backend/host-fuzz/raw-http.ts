// Raw HTTP over a TCP socket: fetch and http.request normalise what they send (paths, header
// bytes, request lines), so an attacker's exact bytes need a plain socket.
import net from 'node:net';

export interface RawAnswer {
  /** The status code of the first response line, or null when the server closed without answering. */
  status: number | null;
  head: string;
  body: Buffer;
}

/**
 * Sends `request` on a fresh connection and reads until the server closes it (requests carry
 * `Connection: close`). No half-close: Node's server drops a pending answer when the client
 * ends its side first.
 */
export function rawRequest(port: number, request: Buffer | string, timeoutMs = 15_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(String(request).slice(0, 200))}`));
    }, timeoutMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => undefined); // a reset after the answer is fine; no answer is caught below
    socket.on('close', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = (split === -1 ? all : all.subarray(0, split)).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      resolve({ status: m ? Number(m[1]) : null, head, body: split === -1 ? Buffer.alloc(0) : all.subarray(split + 4) });
    });
    socket.write(request);
  });
}
