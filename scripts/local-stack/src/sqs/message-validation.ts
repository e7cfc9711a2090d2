import { AwsServiceError } from '../errors';

/** SQS limits (Amazon SQS quotas). */
export const SQS_LIMITS = {
  maxDelaySeconds: 900,
  maxVisibilityTimeoutSeconds: 43_200,
  maxMessageBytes: 262_144,
  maxReceiveBatch: 10,
  maxReceiveCount: 1000,
} as const;

// Characters SQS accepts in a body: #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF.
const INVALID_BODY_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function invalid(field: string, message: string): AwsServiceError {
  return new AwsServiceError(
    'SQS',
    'InvalidParameterValue',
    `Value for parameter ${field} is invalid. ${message}`,
    field,
  );
}

/** An integer within [min, max] or the AWS `InvalidParameterValue` error naming the field. */
export function requireIntegerIn(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(
      field,
      `Reason: must be an integer between ${min} and ${max}, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** Checks a message body as SendMessage does: a non-empty string of allowed characters, at most 256 KiB. */
export function requireMessageBody(body: unknown): string {
  if (typeof body !== 'string' || body.length === 0) {
    throw new AwsServiceError(
      'SQS',
      'MissingParameter',
      'The request must contain the parameter MessageBody (a non-empty string).',
      'MessageBody',
    );
  }
  if (Buffer.byteLength(body, 'utf8') > SQS_LIMITS.maxMessageBytes) {
    throw invalid('MessageBody', `Reason: Message must be shorter than ${SQS_LIMITS.maxMessageBytes} bytes.`);
  }
  if (INVALID_BODY_CHARACTER.test(body)) {
    throw new AwsServiceError(
      'SQS',
      'InvalidMessageContents',
      'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
      'MessageBody',
    );
  }
  return body;
}
