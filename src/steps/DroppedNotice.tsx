import { useText } from '../app/use-text.ts';

/**
 * "Part of the link was not recognised": shown when the address had
 * parameters that name no question or option (they have been removed).
 *
 * It can only appear once the app has read the query string, after the
 * pre-rendered page is on screen, so the page puts it at the end of its
 * content: in that place it pushes nothing the reader can see (the footer
 * starts below the first screen), where at the top it moved the whole page
 * down (a layout shift). Next to "Your answers so far", which it is about.
 */
export function DroppedNotice({ count }: { count: number }) {
  const { t } = useText();
  if (count === 0) return null;
  return (
    <div className="notice notice--after" role="status">
      <p>{t('notice.dropped', { count })}</p>
    </div>
  );
}
