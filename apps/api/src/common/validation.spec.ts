import { ValidationError } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { InvalidInputError } from './domain-error';
import { createValidationPipe, validationProblems } from './validation';
import { keyed } from './validation-message';
import { IsIn, IsInt, IsString, MaxLength, MinLength } from './validators';

class AnswerDto {
  @IsInt()
  option: number;
}

class ExampleDto {
  @IsString()
  @MinLength(1)
  @MaxLength(5)
  name: string;

  @IsIn(['day', 'week'])
  interval: string;

  @IsString({ each: true })
  @MaxLength(3, { each: true })
  tags: string[];

  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}

async function problemsOf(body: unknown) {
  const pipe = createValidationPipe();
  try {
    await pipe.transform(body, { type: 'body', metatype: ExampleDto });
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('The body was accepted');
}

describe('validation problems', () => {
  it('says each bad field by key, with the values its sentence needs and the field as named', async () => {
    const error = await problemsOf({
      name: 'far too long',
      interval: 'month',
      tags: ['ok', 'long'],
      answers: [{ option: 1 }, { option: 'b' }],
    });
    expect(error.problems).toEqual([
      { key: 'validation:maxLength', params: { count: 5, field: 'name' }, field: 'name' },
      {
        key: 'validation:oneOf',
        params: { values: 'day, week', field: 'interval' },
        field: 'interval',
      },
      {
        key: 'validation:each.maxLength',
        params: { count: 3, field: 'tags' },
        field: 'tags',
      },
      {
        key: 'validation:wholeNumber',
        params: { field: 'answers.1.option' },
        field: 'answers.1.option',
      },
    ]);
    expect(error.code).toBe('invalid_input');
  });

  it('reads in the reader’s language, field names staying the API’s', async () => {
    const error = await problemsOf({ name: '', interval: 'day', tags: [], answers: [] });
    expect(error.describe('en')).toBe('name must not be empty');
    expect(error.describe('el')).toBe('Το name δεν μπορεί να είναι κενό');
    expect(error.describe('fr')).toBe('name ne doit pas être vide');
  });

  it('counts in the reader’s plural forms and digits', async () => {
    const error = await problemsOf({
      name: 'abcdefgh',
      interval: 'day',
      tags: [],
      answers: [],
    });
    expect(error.describe('de')).toBe('name darf höchstens 5 Zeichen lang sein');
    expect(error.describe('nl')).toBe('name mag hoogstens 5 tekens lang zijn');
  });

  it('names fields nobody asked for, and a body that is not an object', () => {
    const errors = [
      {
        property: 'admin',
        constraints: { whitelistValidation: 'property admin should not exist' },
      },
      { property: 'body', constraints: { isObject: 'Validation failed (object is expected)' } },
    ] as ValidationError[];
    expect(validationProblems(errors).map(({ key, field }) => [key, field])).toEqual([
      ['validation:unknownField', 'admin'],
      ['errors:http.notAnObject', undefined],
    ]);
  });

  it('says a field is not valid when a constraint has no sentence of its own', () => {
    const errors = [
      {
        property: 'profile',
        children: [
          { property: 'handle', constraints: { isHandle: 'handle is wrong' }, children: [] },
          {
            property: 'size',
            constraints: { between: keyed('validation:between', { min: 1, max: 9 }) },
            children: [],
          },
        ],
      },
    ] as ValidationError[];
    expect(validationProblems(errors)).toEqual([
      { key: 'validation:invalid', params: { field: 'profile.handle' }, field: 'profile.handle' },
      {
        key: 'validation:between',
        params: { min: 1, max: 9, field: 'profile.size' },
        field: 'profile.size',
      },
    ]);
  });
});
