import { IsString } from '../../common/validators';

/** The token of an unsubscribe link; one Chorus did not sign gets the not-found page. */
export class UnsubscribeTokenParamDto {
  @IsString()
  token: string;
}
