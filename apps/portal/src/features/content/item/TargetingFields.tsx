import type { GroupKind } from '@chorus/core';
import { LANGUAGE_NAMES, PREFERRED_LANGUAGES } from '@chorus/core';
import { Fieldset, MultiSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { groupsQuery } from '../../groups/api/group-queries';
import type { ItemValues } from './item-schema';
import type { SetItemValues } from './ItemForm';

interface TargetingFieldsProps {
  values: ItemValues;
  set: SetItemValues;
  readOnly: boolean;
}

/** Who sees the item: by department, location and language; empty means everyone. */
export function TargetingFields({ values, set, readOnly }: TargetingFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={t('contentItem.targeting.title')}
      variant="unstyled"
      styles={{ legend: { fontWeight: 600 } }}
    >
      <Text size="sm" c="dimmed" mb="sm">
        {t('contentItem.targeting.everyone')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <GroupsMultiSelect
          kind="department"
          label={t('contentItem.targeting.departments')}
          value={values.targetDepartmentIds}
          onChange={(targetDepartmentIds) => set({ targetDepartmentIds })}
          readOnly={readOnly}
        />
        <GroupsMultiSelect
          kind="location"
          label={t('contentItem.targeting.locations')}
          value={values.targetLocationIds}
          onChange={(targetLocationIds) => set({ targetLocationIds })}
          readOnly={readOnly}
        />
        <MultiSelect
          label={t('contentItem.targeting.languages')}
          placeholder={
            values.targetLanguages.length === 0
              ? t('contentItem.targeting.allLanguages')
              : undefined
          }
          data={PREFERRED_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
          value={values.targetLanguages}
          onChange={(targetLanguages) => set({ targetLanguages })}
          searchable
          disabled={readOnly}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

interface GroupsMultiSelectProps {
  kind: GroupKind;
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  readOnly: boolean;
}

function GroupsMultiSelect({ kind, label, value, onChange, readOnly }: GroupsMultiSelectProps) {
  const { t } = useTranslation();
  const groups = useQuery(groupsQuery(kind));
  return (
    <MultiSelect
      label={label}
      placeholder={value.length === 0 ? t(`contentItem.targeting.all.${kind}`) : undefined}
      data={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
      value={value}
      onChange={onChange}
      searchable
      disabled={readOnly}
      error={groups.isError ? t('groups.loadFailed') : undefined}
    />
  );
}
