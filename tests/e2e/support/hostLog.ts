import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { baseUrl } from './browser';

/** What a web host would write to its access log: each request's target and its headers. */
export interface HostLog {
  /** The origin to open pages on; every request is passed to the preview server. */
  origin: string;
  /** Every request line's target and header value the host received, in order. */
  received: string[];
  close: () => Promise<void>;
}

/** A host in front of the preview server that keeps what it is sent, as an access log would. */
export async function loggingHost(): Promise<HostLog> {
  const upstream = new URL(baseUrl());
  const received: string[] = [];
  const server = http.createServer((request, response) => {
    received.push(request.url ?? '', ...Object.values(request.headers).flat().map(String));
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: request.url,
        method: request.method,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(forwarded);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
