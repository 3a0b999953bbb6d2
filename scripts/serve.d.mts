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
/** What the command line asks for: a port from `--port` or `PORT` is strict (never changed). */
export interface CommandLineOptions extends ServeOptions {
  headers: Record<string, string>;
  gzip: boolean;
  strictPort: boolean;
  help: boolean;
}
export const DEFAULT_PORT: number;
export class UsageError extends Error {}
export function parseArgs(argv: string[], env?: Record<string, string | undefined>): CommandLineOptions;
/** Resolves once listening; rejects with the listen error (EADDRINUSE, EACCES…). */
export function startServer(options: ServeOptions): Promise<Server>;
/** Like startServer, but moves to the next free port when a port not asked for (`strictPort` false) is taken. */
export function listen(options: ServeOptions & { strictPort?: boolean }): Promise<{ server: Server; port: number }>;
export function listenFailure(
  error: NodeJS.ErrnoException,
  options: Pick<ServeOptions, 'dir' | 'host' | 'port'>,
  env?: Record<string, string | undefined>,
): Promise<string>;
export function servingLine(options: Pick<ServeOptions, 'dir' | 'host' | 'base' | 'port'>, port: number): string;
