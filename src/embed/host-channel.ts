import { framingOrigin, isHello, type MessageKind, message, notAllowedWarning, type Payloads } from './protocol.ts';

/**
 * The wizard's side of the embedding protocol. Messages go only to the
 * embedding page's origin, and only when that origin is in the configured
 * allow-list: never to "*". Until the config has loaded, the last height and
 * step are kept and sent once the host is known. A page that frames the
 * wizard from an origin not in the list gets a console warning, once.
 *
 * Browser-only: call these from effects and event handlers, never in render.
 */
let allowed: readonly string[] = [];
let hostOrigin: string | undefined;
let started = false;
const latest: Partial<{ [K in MessageKind]: Payloads[K] }> = {};
/** Events from before the config loaded (a deep link to the summary), sent in order once it has. */
const early: [MessageKind, Payloads[MessageKind]][] = [];

const isFramed = () => typeof window !== 'undefined' && window.parent !== window;

const warned = new Set<string>();
function warnNotAllowed(origin: string) {
  if (warned.has(origin)) return;
  warned.add(origin);
  console.warn(notAllowedWarning(origin));
}

function send<K extends MessageKind>(kind: K, payload: Payloads[K]) {
  if (hostOrigin) window.parent.postMessage(message(kind, payload), hostOrigin);
}

function replay() {
  if (latest.step) send('step', latest.step);
  if (latest.resize) send('resize', latest.resize);
}

/** Starts talking to the embedding page, if there is one and it is allowed. */
export function startHostChannel(allowedOrigins: readonly string[]): void {
  if (started || !isFramed()) return;
  started = true;
  allowed = allowedOrigins;
  const ancestors = window.location.ancestorOrigins ? [...window.location.ancestorOrigins] : undefined;
  const parent = framingOrigin(ancestors, document.referrer);
  if (parent !== undefined && allowed.includes(parent)) hostOrigin = parent;
  else if (parent !== undefined) warnNotAllowed(parent);
  window.addEventListener('message', (event) => {
    // Only the page that frames us, from an allowed origin, and only `hello`.
    if (event.source !== window.parent || !isHello(event.data)) return;
    if (!allowed.includes(event.origin)) {
      warnNotAllowed(event.origin);
      return;
    }
    hostOrigin = event.origin;
    replay();
  });
  for (const [kind, payload] of early.splice(0)) send(kind, payload);
  // The height may have changed since the last early event.
  if (latest.resize) send('resize', latest.resize);
}

/** Tells the embedding page something (a no-op when not embedded or not allowed). */
export function tellHost<K extends MessageKind>(kind: K, payload: Payloads[K]): void {
  if (!isFramed()) return;
  if (kind === 'step' || kind === 'resize') Object.assign(latest, { [kind]: payload });
  if (!started) {
    if (early.length < 50) early.push([kind, payload]);
    return;
  }
  send(kind, payload);
}
