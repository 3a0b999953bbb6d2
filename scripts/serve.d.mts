import type { Server } from 'node:http';

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  base: string;
  headers?: Record<string, string>;
  gzip?: boolean;
}
export function parseArgs(argv: string[]): ServeOptions;
export function startServer(options: ServeOptions): Promise<Server>;
