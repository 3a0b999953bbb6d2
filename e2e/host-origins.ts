/**
 * The origins of the embed tests' intranet pages (e2e/host-server.mjs):
 * `allowed` is the one the embed tests put in config.json's allowedOrigins,
 * `other` is not. Both may frame the wizard (the servers' CSP
 * frame-ancestors lists them), so that the tests can show what the wizard
 * itself does for an origin it will not talk to.
 */
export function hostOrigins(
  wizardPort: number,
  hostPort = Number(process.env.E2E_HOST_PORT ?? wizardPort + 10),
): { hostPort: number; allowed: string; other: string } {
  return { hostPort, allowed: `http://localhost:${hostPort}`, other: `http://localhost:${hostPort + 1}` };
}
