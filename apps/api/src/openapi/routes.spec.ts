import { DeleteRoute, UpdateRoute } from './routes';

/** Where Nest keeps a route's status code and @nestjs/swagger its responses. */
const HTTP_CODE_METADATA = '__httpCode__';
const API_RESPONSE_METADATA = 'swagger/apiResponse';

class ThingDto {
  name: string;
}

class ThingsController {
  @UpdateRoute(ThingDto, { conflict: 'The name is taken' })
  update(): void {}

  @DeleteRoute()
  remove(): void {}
}

const responsesOf = (method: () => void) =>
  Reflect.getMetadata(API_RESPONSE_METADATA, method) as Record<
    string,
    { description?: string; type?: unknown }
  >;

describe('the composed route decorators', () => {
  const { update, remove } = ThingsController.prototype;

  it('document a change as 200 with the record, 404 and the 409 the route names', () => {
    const responses = responsesOf(update);
    expect(Object.keys(responses).sort()).toEqual(['200', '404', '409']);
    expect(responses['200'].type).toBe(ThingDto);
    expect(responses['409'].description).toBe('The name is taken');
  });

  it('answer a delete with 204 and document it so, with 404', () => {
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, remove)).toBe(204);
    expect(Object.keys(responsesOf(remove)).sort()).toEqual(['204', '404']);
  });
});
