import type { TrainingStage } from '@chorus/core';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { DeleteLessonModal } from './DeleteLessonModal';
import { LessonModal } from './LessonModal';
import { MoveButtons } from './MoveButtons';
import type { Lesson } from '../api/stage-editor-queries';
import { useUpdateLesson } from './use-update-lesson';

type Editing = { mode: 'edit'; lesson: Lesson | null } | { mode: 'delete'; lesson: Lesson };

/** A stage's lessons, in the order employees read them. */
export function LessonsSection({ stage, lessons }: { stage: TrainingStage; lessons: Lesson[] }) {
  const { t } = useTranslation();
  const move = useUpdateLesson();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('trainingEditor.lessons.title')}
        </Title>
        <Button variant="light" onClick={() => setEditing({ mode: 'edit', lesson: null })}>
          {t('trainingEditor.lessons.add')}
        </Button>
      </Group>
      {move.isError && (
        <Alert color="red" title={t('trainingEditor.lessons.moveFailed')}>
          {describeError(move.error, t)}
        </Alert>
      )}
      {lessons.length === 0 ? (
        <Text c="dimmed">{t('trainingEditor.lessons.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('trainingEditor.lessons.tableLabel', { stage })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('trainingEditor.lessons.columns.position')}</Table.Th>
                <Table.Th scope="col">{t('trainingEditor.lessons.columns.title')}</Table.Th>
                <Table.Th scope="col">{t('trainingEditor.lessons.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lessons.map((lesson) => (
                <Table.Tr key={lesson.id}>
                  <Table.Td>{lesson.position}</Table.Td>
                  <Table.Td>{lesson.title}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <MoveButtons
                        name={lesson.title}
                        position={lesson.position}
                        count={lessons.length}
                        disabled={move.isPending}
                        onMove={(position) => move.mutate({ id: lesson.id, body: { position } })}
                      />
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('trainingEditor.editLabel', { name: lesson.title })}
                        onClick={() => setEditing({ mode: 'edit', lesson })}
                      >
                        {t('trainingEditor.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        aria-label={t('trainingEditor.deleteLabel', { name: lesson.title })}
                        onClick={() => setEditing({ mode: 'delete', lesson })}
                      >
                        {t('trainingEditor.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing?.mode === 'edit' && (
        <LessonModal stage={stage} lesson={editing.lesson} onClose={close} />
      )}
      {editing?.mode === 'delete' && <DeleteLessonModal lesson={editing.lesson} onClose={close} />}
    </Stack>
  );
}
