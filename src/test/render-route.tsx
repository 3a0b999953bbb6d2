import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { App } from '../routes.tsx';

/**
 * Renders the real routes (language loading, layout, pages) at `url` in
 * memory, and waits for the page's h1. `location()` is the current URL.
 */
/** Records the router's current URL for the test. */
function LocationProbe({ into }: { into: { path: string } }) {
  const { pathname, search } = useLocation();
  into.path = `${pathname}${search}`;
  return null;
}

export async function renderRoute(url: string) {
  const current = { path: url };
  const user = userEvent.setup();
  // An async act: the first page suspends until its language's text is
  // loaded, and React 19 resumes suspended work only inside an awaited act.
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(
      <MemoryRouter initialEntries={[url]}>
        <App />
        <LocationProbe into={current} />
      </MemoryRouter>,
    );
  });
  await screen.findByRole('heading', { level: 1 });
  return { user, view: view as ReturnType<typeof render>, location: () => current.path };
}
