import type { GroupKind } from '@chorus/core';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGroups } from './use-groups';

/** The option for "no group"; a real option, so it can be chosen with the keyboard too. */
const NONE = '__none__';

interface GroupSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  kind: GroupKind;
  value: string | null;
  onChange: (id: string | null) => void;
  /** The first option, meaning no group: "No department" in a form, "All departments" in a filter. */
  noneLabel: string;
}

/** Picks a department or location by name, or none. */
export function GroupSelect({ kind, value, onChange, noneLabel, ...props }: GroupSelectProps) {
  const { t } = useTranslation();
  const groups = useGroups(kind);
  return (
    <Select
      data={[
        { value: NONE, label: noneLabel },
        ...(groups.data ?? []).map((group) => ({ value: group.id, label: group.name })),
      ]}
      value={value ?? NONE}
      onChange={(picked) => onChange(picked === null || picked === NONE ? null : picked)}
      allowDeselect={false}
      searchable
      error={groups.isError ? t('groups.loadFailed') : undefined}
      {...props}
    />
  );
}
