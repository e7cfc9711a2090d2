import type { FaultInjector } from '../scenarios/scenario';

/**
 * The probe's execution dies mid-probe: after the heal, the first execution that won the HALF_OPEN
 * probe claim is stopped while its Charge runs (the worker itself carries on, as a Lambda does
 * when its caller goes away). The circuit keeps a probe owner nobody will release until the
 * cool-down workflow's lease check clears it; the dead execution's order needs a redrive.
 */
export function probeDeath(): FaultInjector {
  let armed = false;
  let killed = 0;
  return {
    install: ({ stack, journal }) => {
      const { stepFunctions } = stack.pipeline.runtime;
      stepFunctions.interceptTasks((call, proceed) => {
        if (!armed || call.stateName !== 'Charge') return proceed();
        const claimed = journal
          .of('ClaimProbe', { succeeded: true })
          .some((entry) => entry.executionArn === call.context.executionArn);
        if (!claimed) return proceed();
        armed = false;
        killed += 1;
        const charging = proceed();
        // Stopped once the worker runs: the execution dies, the Lambda does not.
        void stepFunctions.stopExecution(call.context.executionArn, {
          error: 'States.Runtime',
          cause: 'drill: the probe execution died mid-probe',
        });
        return charging;
      });
    },
    start: async () => undefined,
    heal: async () => {
      armed = true;
    },
    injected: () => ({ 'probe kills': killed }),
  };
}
