/**
 * Copies text to the clipboard. The async Clipboard API needs a secure
 * context (and, in an iframe, permission); where it is missing or refused,
 * fall back to a hidden textarea and `execCommand('copy')`.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text);
  }
}

/**
 * Selecting the textarea focuses it, and removing it would drop focus to
 * <body>, so the next Tab would start from the top of the page (WCAG 2.4.3).
 * Focus goes back to where it was (the Copy button), without scrolling.
 */
function copyWithTextarea(text: string): boolean {
  const before = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
  }
}
