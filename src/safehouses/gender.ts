import { registerEnumType } from '@nestjs/graphql';

export enum Gender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  NON_BINARY = 'NON_BINARY',
}
registerEnumType(Gender, { name: 'Gender' });
