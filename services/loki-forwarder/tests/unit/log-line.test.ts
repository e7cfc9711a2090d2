import { readLogLine } from '../../src';
import {
  END_LINE,
  powertoolsLine,
  REPORT_LINE,
  START_LINE,
  stepFunctionsLine,
} from '../support/subscription-payload';

describe('readLogLine', () => {
  it('reads service, level and ids from a Powertools line', () => {
    const line = powertoolsLine({
      service: 'order-processor',
      level: 'ERROR',
      orderId: 'ord-42',
      executionName: 'ord-42-a2',
    });

    expect(readLogLine(line)).toEqual({
      service: 'order-processor',
      level: 'error',
      metadata: {
        request_id: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
        trace_id: '1-6747c1a0-3f1e6b2a9d8c7b6a5f4e3d2c',
        order_id: 'ord-42',
        execution_name: 'ord-42-a2',
      },
    });
  });

  it('tolerates leading whitespace and a trailing newline', () => {
    expect(readLogLine(`  ${powertoolsLine({ service: 'order-api', level: 'warn' })}\n`)).toMatchObject({
      service: 'order-api',
      level: 'warn',
    });
  });

  it('renders numeric ids as strings and skips other types', () => {
    const line = JSON.stringify({ level: 'INFO', orderId: 1234, executionName: { nested: true } });
    expect(readLogLine(line)).toEqual({ level: 'info', metadata: { order_id: '1234' } });
  });

  it.each([START_LINE, END_LINE, REPORT_LINE])('takes the request id from the platform line %#', (line) => {
    expect(readLogLine(line)).toEqual({
      level: 'unknown',
      metadata: { request_id: '8f507cfc-5e1b-4a5c-9c0f-1e3e2d1a0b9c' },
    });
  });

  it('takes the execution name from a Step Functions history event', () => {
    expect(readLogLine(stepFunctionsLine('up-dev-order-workflow', 'ord-7-a3'))).toEqual({
      level: 'unknown',
      metadata: { execution_name: 'ord-7-a3' },
    });
  });

  it('gives nothing for plain text and for JSON that is not an object', () => {
    expect(readLogLine('hello world')).toEqual({ level: 'unknown', metadata: {} });
    expect(readLogLine('{not json')).toEqual({ level: 'unknown', metadata: {} });
    expect(readLogLine('[1,2]')).toEqual({ level: 'unknown', metadata: {} });
  });
});
