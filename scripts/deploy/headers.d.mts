export function policyWithoutFrameAncestors(styleSources?: readonly string[]): string;
export const CSP_WITHOUT_FRAME_ANCESTORS: string;
export function frameAncestorsSources(origins?: readonly string[]): string;
export function contentSecurityPolicy(origins?: readonly string[]): string;
export const OTHER_SECURITY_HEADERS: Readonly<{
  'X-Content-Type-Options': string;
  'Referrer-Policy': string;
  'Permissions-Policy': string;
}>;
export function securityHeaders(origins?: readonly string[]): Record<string, string>;
export const HASHED_ASSETS_DIR: string;
export const CACHE_CONTROL: Readonly<{ hashed: string; revalidate: string }>;
export function cacheControlFor(path: string): string;
export function responseHeaders(path: string, origins?: readonly string[]): Record<string, string>;
export const NOT_FOUND_PAGE: string;
export const COMPRESSIBLE_EXTENSIONS: readonly string[];
export const EDITED_ON_SERVER: readonly string[];
