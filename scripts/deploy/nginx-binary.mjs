/**
 * Where nginx is, if it is installed: $NGINX, else PATH, else the sbin
 * folders that a non-root PATH often lacks (Debian puts it in /usr/sbin).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function nginxBinary() {
  const candidates = [
    process.env.NGINX,
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there: try the next
    }
  }
  return undefined;
}
