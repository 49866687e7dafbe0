import { UserFacingError } from '../../platform/http/errors.ts';

/** A rule a form broke that only the database can tell (a number or person taken): shown on the field. */
export class FieldProblem extends UserFacingError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(400, message);
  }
}
