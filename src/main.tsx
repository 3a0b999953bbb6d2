import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './app/routes.tsx';
import { loadRuntimeConfig } from './config/config-store.ts';
import { startHostChannel } from './embed/host-channel.ts';
import './app/styles.css';

// config.json loads alongside the first page's text; embedding needs its allow-list.
void loadRuntimeConfig().then((config) => startHostChannel(config.allowedOrigins));

const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
