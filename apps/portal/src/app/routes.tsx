import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { SIGN_IN_PATH } from '../features/auth/next-path';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { FORGOT_PASSWORD_PATH, INVITATION_PATH, RESET_PASSWORD_PATH } from '../features/auth/paths';
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
        { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
        { path: RESET_PASSWORD_PATH, element: <ResetPasswordPage /> },
        { path: INVITATION_PATH, element: <InvitationPage /> },
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
