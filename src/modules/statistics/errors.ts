import { UserFacingError } from '../../platform/http/errors.ts';

/**
 * A question about the stored figures that cannot be answered as asked: no such dataset,
 * measure, area, period or comparator, or filters that match several series. The message
 * says what exists instead, so the CLI and API can show it as it is.
 */
export class StatisticsQueryError extends UserFacingError {
  constructor(message: string, statusCode = 404) {
    super(statusCode, message);
    this.name = 'StatisticsQueryError';
  }
}
