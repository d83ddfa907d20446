import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { SIGN_IN_PATH } from '../features/auth/next-path';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { PAGES } from './pages';
import { RequirePageAccess } from './RequirePageAccess';
import { RouteErrorPage } from './RouteErrorPage';

export function createRoutes(): RouteObject[] {
  return [
    {
      errorElement: <RouteErrorPage />,
      children: [
        { path: SIGN_IN_PATH, element: <SignInPage /> },
        {
          element: (
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          ),
          children: [
            ...PAGES.map(({ path, roles, Component }) => ({
              path,
              element: (
                <RequirePageAccess roles={roles}>
                  <Component />
                </RequirePageAccess>
              ),
            })),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
