// DNS-rebinding defence: a loopback server must only answer requests addressed to itself.
// The Host header must name 127.0.0.1 or localhost on our port; an Origin, if sent, too.
import type { IncomingMessage } from 'node:http';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkRequestOrigin(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  const host = req.headers.host;
  if (!host || !hosts.has(host.toLowerCase())) return `Host "${host ?? ''}" is not this Planwright host`;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) {
    return `Origin "${origin}" is not this Planwright host`;
  }
  if (origin !== undefined && !origin.toLowerCase().startsWith('http://')) return `Origin "${origin}" is not this Planwright host`;
  return null;
}
