/** The direct service integrations the workflows use (request-response pattern). */
export const IntegrationResource = {
  lambdaInvoke: 'arn:aws:states:::lambda:invoke',
  dynamoGetItem: 'arn:aws:states:::dynamodb:getItem',
  dynamoUpdateItem: 'arn:aws:states:::dynamodb:updateItem',
  sqsSendMessage: 'arn:aws:states:::sqs:sendMessage',
  snsPublish: 'arn:aws:states:::sns:publish',
  eventBridgePutEvents: 'arn:aws:states:::events:putEvents',
  startExecution: 'arn:aws:states:::states:startExecution',
} as const;

export type IntegrationResource = (typeof IntegrationResource)[keyof typeof IntegrationResource];
