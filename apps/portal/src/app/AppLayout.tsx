import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Title,
  useMatches,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { DatabaseRetryingBanner } from '../components/DatabaseRetrying';
import { PageLoader } from '../components/PageLoader';
import { useDocumentTitle } from '../components/use-document-title';
import { useCurrentUser } from '../lib/current-user';
import { useLogout } from '../features/auth/use-logout';
import { LanguageMenu } from '../features/language/LanguageMenu';
import { useFollowUserLanguage } from '../features/language/use-follow-user-language';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { IosInstallHint } from '../features/install/IosInstallHint';
import { OfflineBanner } from '../features/offline/OfflineBanner';
import { navigationFor, pageAt } from './pages';
import classes from './SkipLink.module.css';

function isWithin(pagePath: string, currentPath: string): boolean {
  if (pagePath === '/') return currentPath === '/';
  return currentPath === pagePath || currentPath.startsWith(`${pagePath}/`);
}

/** The navigation entry the current page belongs to: the most specific one that contains it. */
function activePath(paths: string[], currentPath: string): string | undefined {
  return paths.filter((path) => isWithin(path, currentPath)).sort((a, b) => b.length - a.length)[0];
}

/** Moves the keyboard focus past the header and navigation, to the page itself. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The signed-in frame: header, role-filtered navigation, and the current page. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const { pathname } = useLocation();
  const navigation = navigationFor(user.roles);
  const current = activePath(
    navigation.flatMap((group) => group.pages.map((page) => page.path)),
    pathname,
  );
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  useFollowUserLanguage(user);
  const page = pageAt(pathname);
  // On a phone the header's buttons are compact, the language is named by its code, and
  // "Sign out" moves to the foot of the navigation: the bell and a long language's words must fit.
  const phone = useMatches({ base: true, xs: false });
  const headerButtonSize = phone ? 'compact-sm' : 'sm';
  useDocumentTitle(page ? t(page.labelKey) : undefined);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <a href="#main" className={classes.skipLink} onClick={skipToMain}>
        {t('shell.skipToContent')}
      </a>
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
            <NotificationBell size={headerButtonSize} />
            <LanguageMenu size={headerButtonSize} short={phone} />
            {!phone && (
              <Button
                variant="default"
                size={headerButtonSize}
                onClick={() => logout.mutate()}
                loading={logout.isPending}
              >
                {t('shell.signOut')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          {navigation.map(({ section, pages }) => (
            <div key={section}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
                {t(`shell.sections.${section}`)}
              </Text>
              {pages.map((page) => {
                const active = page.path === current;
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
            </div>
          ))}
        </AppShell.Section>
        {phone && (
          <AppShell.Section pt="sm">
            <Button
              variant="default"
              fullWidth
              onClick={() => logout.mutate()}
              loading={logout.isPending}
            >
              {t('shell.signOut')}
            </Button>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <OfflineBanner />
        <DatabaseRetryingBanner />
        {/* A page's code loads when it is first opened: a loader shows meanwhile. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
        <IosInstallHint />
      </AppShell.Main>
    </AppShell>
  );
}
