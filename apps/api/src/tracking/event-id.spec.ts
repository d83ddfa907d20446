import { newEventId } from './event-id';

describe('newEventId', () => {
  const at = Date.parse('2026-12-06T21:00:00.123Z');

  it('is a version 7 UUID that starts with the capture time', () => {
    const id = newEventId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('differs for events captured in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newEventId(at)));
    expect(ids.size).toBe(1000);
  });

  it('sorts by capture time', () => {
    expect(newEventId(at) < newEventId(at + 1)).toBe(true);
  });
});
