import { describe, expect, it } from 'vitest';
import { allowedParentOrigin, framingOrigin, isHello, message, notAllowedWarning } from './protocol.ts';

describe('message', () => {
  it('namespaces the type and adds the version', () => {
    expect(message('resize', { height: 812 })).toEqual({ type: 'diagnostic-wizard:resize', version: 1, height: 812 });
    expect(message('solved', { flow: 'sspr-admin', solved: false })).toEqual({
      type: 'diagnostic-wizard:solved',
      version: 1,
      flow: 'sspr-admin',
      solved: false,
    });
  });
});

describe('isHello', () => {
  it('accepts only a hello of this protocol version', () => {
    expect(isHello({ type: 'diagnostic-wizard:hello', version: 1 })).toBe(true);
    expect(isHello({ type: 'diagnostic-wizard:hello', version: 2 })).toBe(false);
    expect(isHello({ type: 'hello', version: 1 })).toBe(false);
    expect(isHello('diagnostic-wizard:hello')).toBe(false);
    expect(isHello(null)).toBe(false);
  });
});

describe('allowedParentOrigin', () => {
  const allowed = ['https://intranet.example.com'];

  it('uses the ancestor origin when the browser reports one', () => {
    expect(allowedParentOrigin(allowed, ['https://intranet.example.com'], '')).toBe('https://intranet.example.com');
  });

  it('refuses an ancestor origin that is not allowed, even if the referrer looks allowed', () => {
    expect(
      allowedParentOrigin(allowed, ['https://evil.example.com'], 'https://intranet.example.com/page'),
    ).toBeUndefined();
  });

  it('falls back to the referrer origin without ancestorOrigins', () => {
    expect(allowedParentOrigin(allowed, undefined, 'https://intranet.example.com/help?x=1')).toBe(
      'https://intranet.example.com',
    );
    expect(allowedParentOrigin(allowed, [], 'https://other.example.com/')).toBeUndefined();
    expect(allowedParentOrigin(allowed, undefined, 'not a url')).toBeUndefined();
  });

  it('allows nothing when no origin is configured', () => {
    expect(allowedParentOrigin([], ['https://intranet.example.com'], '')).toBeUndefined();
  });
});

describe('framingOrigin', () => {
  it('is the parent in ancestorOrigins, whatever the referrer says', () => {
    expect(framingOrigin(['http://intranet.example.com', 'https://top.example.com'], 'https://a.example.com/')).toBe(
      'http://intranet.example.com',
    );
  });

  it("is the referrer's origin where the browser has no ancestorOrigins", () => {
    expect(framingOrigin(undefined, 'https://intranet.example.com:8443/help/page.html?x=1')).toBe(
      'https://intranet.example.com:8443',
    );
    expect(framingOrigin([], 'https://intranet.example.com/')).toBe('https://intranet.example.com');
  });

  it('is unknown without either, or from an unparsable or opaque referrer', () => {
    expect(framingOrigin(undefined, '')).toBeUndefined();
    expect(framingOrigin(undefined, 'not a url')).toBeUndefined();
    expect(framingOrigin(undefined, 'data:text/html,hi')).toBeUndefined();
  });
});

describe('notAllowedWarning', () => {
  it('names the framing origin and the config key to add it to', () => {
    const warning = notAllowedWarning('http://intranet.example.com');
    expect(warning).toContain('http://intranet.example.com');
    expect(warning).toContain('"allowedOrigins"');
    expect(warning).toContain('config.json');
  });
});
