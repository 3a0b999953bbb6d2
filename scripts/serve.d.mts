import type { Server } from 'node:http';

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  base: string;
  headers?: Record<string, string>;
  gzip?: boolean;
  tls?: { key: string | Buffer; cert: string | Buffer };
}
export function parseArgs(argv: string[]): ServeOptions;
export function startServer(options: ServeOptions): Promise<Server>;
