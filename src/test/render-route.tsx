import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes.tsx';

/**
 * Renders the real routes (loaders, layout, pages) at `url` in memory, and
 * waits for the page's h1. Returns the router to inspect its location.
 */
export async function renderRoute(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1 });
  const location = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { router, user, view, location };
}
