export type UploadRejectionReason =
  'empty' | 'too-large' | 'unsupported-type' | 'type-mismatch' | 'malformed-archive' | 'archive-too-large';

const STATUS: Record<UploadRejectionReason, number> = {
  empty: 422,
  'too-large': 413,
  'unsupported-type': 415,
  'type-mismatch': 415,
  'malformed-archive': 422,
  'archive-too-large': 413,
};

/**
 * An upload refused for a reason the person can act on. `message` is written for them
 * (shown in the error summary); `detail` is for the log only. `statusCode` lets
 * Fastify's error handler answer with the right 4xx.
 */
export class UploadRejected extends Error {
  readonly reason: UploadRejectionReason;
  readonly statusCode: number;
  readonly detail: string | undefined;

  constructor(reason: UploadRejectionReason, message: string, detail?: string) {
    super(message);
    this.name = 'UploadRejected';
    this.reason = reason;
    this.statusCode = STATUS[reason];
    this.detail = detail;
  }
}
