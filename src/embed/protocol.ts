/**
 * The messages between the wizard (in an iframe) and the page that embeds it.
 * Public API for intranet teams: documented in the README ("Embed it"); add
 * fields freely, but a breaking change needs a new `version`.
 *
 * Every message carries ids only: never free text or personal data.
 */
export const MESSAGE_PREFIX = 'diagnostic-wizard:';
export const PROTOCOL_VERSION = 1;

/** What each message carries besides its `type` and `version`. */
export interface Payloads {
  /** The wizard's content height in CSS pixels; sent on every change. */
  resize: { readonly height: number };
  /** A page was shown: a step id, or `start`, `list`, `not-found`. */
  step: { readonly flow: string | null; readonly step: string; readonly lng: string };
  /** An answer was given. */
  answer: { readonly flow: string; readonly question: string; readonly option: string };
  /** The summary was shown, with the ids of its findings. */
  summary: { readonly flow: string; readonly findings: readonly string[] };
  /** "Did this solve your problem?" was answered. */
  solved: { readonly flow: string; readonly solved: boolean };
}

export type MessageKind = keyof Payloads;

type Envelope<K extends string> = {
  readonly type: `${typeof MESSAGE_PREFIX}${K}`;
  readonly version: typeof PROTOCOL_VERSION;
};

/** A message from the wizard to the embedding page. */
export type WizardMessage = { [K in MessageKind]: Envelope<K> & Payloads[K] }[MessageKind];

/** Sent by the host to ask for the current height and step again (e.g. after its own layout changed). */
export type HelloMessage = Envelope<'hello'>;

/** Builds a message with its namespaced type and version. */
export function message<K extends MessageKind>(kind: K, payload: Payloads[K]): Envelope<K> & Payloads[K] {
  return { type: `${MESSAGE_PREFIX}${kind}`, version: PROTOCOL_VERSION, ...payload };
}

export function isHello(data: unknown): data is HelloMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === `${MESSAGE_PREFIX}hello` &&
    (data as { version?: unknown }).version === PROTOCOL_VERSION
  );
}

/**
 * The origin of the embedding page, as far as the browser tells. Chromium and
 * Safari report it in `location.ancestorOrigins`; elsewhere the referrer's
 * origin is the best first guess (the host's `hello` message confirms it later).
 */
export function framingOrigin(ancestorOrigins: readonly string[] | undefined, referrer: string): string | undefined {
  if (ancestorOrigins?.length) return ancestorOrigins[0];
  if (!referrer) return undefined;
  try {
    const { origin } = new URL(referrer);
    // Opaque origins ("null", e.g. a data: URL) name no page.
    return origin === 'null' ? undefined : origin;
  } catch {
    // An unparsable referrer names no origin.
    return undefined;
  }
}

/** The origin of the embedding page, if it is allowed. */
export function allowedParentOrigin(
  allowed: readonly string[],
  ancestorOrigins: readonly string[] | undefined,
  referrer: string,
): string | undefined {
  const origin = framingOrigin(ancestorOrigins, referrer);
  return origin !== undefined && allowed.includes(origin) ? origin : undefined;
}

/**
 * The console warning for a page that frames the wizard but is not allowed
 * to hear from it: the usual cause is a typo or http for https in
 * config.json, and without a word the host page just waits.
 */
export function notAllowedWarning(origin: string): string {
  return (
    `Diagnostic wizard: framed by ${origin}, which is not in "allowedOrigins" in the wizard's config.json, ` +
    'so it sends that page no messages and ignores its messages. ' +
    'List the origin exactly as the page has it: scheme, host and port, no path.'
  );
}
