import { fail, succeed } from '../../asl/terminal';

/** The ways an order execution ends. */
export function orderEndingStates() {
  return {
    Finished: succeed('The order is COMPLETED or DECLINED.'),
    Queued: succeed('The order is QUEUED and its next attempt is on the retry queue.'),
    OrderFailed: succeed('The order is FAILED and the admins were alerted.'),
    AlreadyFinal: succeed(
      'A late execution: the order was already final (or a newer attempt queued it); nothing was changed.',
    ),
    OrderNotQueued: fail('OrderNotQueued', 'The retry message could not be sent; the admins were alerted.'),
  };
}
