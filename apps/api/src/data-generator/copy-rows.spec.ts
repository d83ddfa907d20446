import { ContentItem } from '../content/entities/content-item.entity';
import { Share } from '../sharing/entities/share.entity';
import { User } from '../users/entities/user.entity';
import { copyRow, entityTable, joinTable, pgArray } from './copy-rows';

describe('COPY rows', () => {
  it('names the table and columns of an entity as the schema does', () => {
    const shares = entityTable(Share, ['id', 'userId', 'declaredAudience', 'createdAt']);
    expect(shares.target).toBe('shares (id, user_id, declared_audience, created_at)');
    expect(entityTable(User, ['passwordHash', 'lastSignInAt']).target).toBe(
      'users (password_hash, last_sign_in_at)',
    );
  });

  it('refuses a property that is not a column, such as a relation', () => {
    expect(() => entityTable(Share, ['id', 'user'])).toThrow('Share.user is not a column');
  });

  it('names the join table of a many-to-many relation', () => {
    expect(joinTable(ContentItem, 'topics').target).toBe('content_item_topics (item_id, topic_id)');
    expect(joinTable(ContentItem, 'targetGroups').target).toBe(
      'content_item_groups (item_id, group_id)',
    );
    expect(() => joinTable(ContentItem, 'campaign')).toThrow('is not a named join table');
  });

  it('writes values in the order of the columns, whatever the order given', () => {
    const table = entityTable(Share, ['code', 'edited', 'declaredAudience']);
    expect(table.row({ declaredAudience: 300, edited: false, code: 'Ab3' })).toBe(
      'Ab3\tfalse\t300\n',
    );
  });

  it('writes null and undefined as NULL and escapes what COPY text would misread', () => {
    expect(copyRow([null, undefined, 0, ''])).toBe('\\N\t\\N\t0\t\n');
    expect(copyRow(['a\tb', 'line\nbreak\r', 'back\\slash'])).toBe(
      'a\\tb\tline\\nbreak\\r\tback\\\\slash\n',
    );
    expect(pgArray(['employee', 'curator'])).toBe('{employee,curator}');
  });
});
