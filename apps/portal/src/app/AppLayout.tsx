import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/current-user';
import { useLogout } from '../features/auth/use-logout';
import { LanguageMenu } from '../features/language/LanguageMenu';
import { useFollowUserLanguage } from '../features/language/use-follow-user-language';
import { pagesFor } from './pages';

function isActive(pagePath: string, currentPath: string): boolean {
  if (pagePath === '/') return currentPath === '/';
  return currentPath === pagePath || currentPath.startsWith(`${pagePath}/`);
}

/** The signed-in frame: header, role-filtered navigation, and the current page. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const { pathname } = useLocation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  useFollowUserLanguage(user.language);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('shell.closeNavigation') : t('shell.openNavigation')}
            />
            <Title order={2} size="h3">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text fw={500} visibleFrom="xs" truncate maw={240}>
              {user.name}
            </Text>
            <LanguageMenu />
            <Button variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        {pagesFor(user.roles).map((page) => {
          const active = isActive(page.path, pathname);
          return (
            <NavLink
              key={page.path}
              component={Link}
              to={page.path}
              label={t(page.labelKey)}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={closeNav}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
