import { LANGUAGE_NAMES, UI_LANGUAGES } from '@chorus/core';
import { Button, Menu, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { useChangeLanguage } from './use-change-language';

interface LanguageMenuProps {
  /** The switch's button size (compact in a phone's header). */
  size?: ButtonProps['size'];
  /** Shows the language's code (EL) rather than its name, which stays the button's name. */
  short?: boolean;
}

/** The header's language switch: each language named in its own words. */
export function LanguageMenu({ size, short = false }: LanguageMenuProps) {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const active = currentLanguage(i18n);
  const activeName = LANGUAGE_NAMES[active];

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size={size}
          aria-label={t('language.current', { language: activeName })}
        >
          {/* A language's own name is in that language, not in the interface's. */}
          <span lang={active}>{short ? active.toUpperCase() : activeName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('language.label')}>
        {UI_LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            aria-current={language === active ? 'true' : undefined}
            onClick={() => changeLanguage(language)}
          >
            {LANGUAGE_NAMES[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
