import { useQuery } from '@tanstack/react-query';
import { personQuery } from '../api/person-queries';

export function usePerson(id: string) {
  return useQuery(personQuery(id));
}
