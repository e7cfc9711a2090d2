import type { Context, SNSEvent } from 'aws-lambda';
import { loadConfig } from './config';
import { createNotificationRecorder } from './notification-recorder';

const recorder = createNotificationRecorder(loadConfig(process.env));

/** Lambda entry point, subscribed to the admin and customer SNS topics. */
export const handler = (event: SNSEvent, context: Context): Promise<{ recorded: number }> =>
  recorder.handle(event, context);
