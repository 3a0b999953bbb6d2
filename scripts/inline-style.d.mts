export const STYLE_SOURCE: string;
export function minifyStyles(css: string, filename?: string): string;
export function styleHashSource(text: string): string;
export function inlineStyleText(root?: string): string;
export function inlineStyleHash(root?: string): string;
