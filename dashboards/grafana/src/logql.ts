import { ChargeLogMessage, LogKey, LogService, WORKFLOW_LOG_SERVICES } from '@unstoppable/core';
import { VariableName } from './datasources';

/**
 * The LogQL of the dashboards, over the labels the Loki forwarder sets (`service`, `level`,
 * `env`) and the JSON keys the services log (`LogKey`). Grafana replaces `$__interval` and the
 * `$variables` before sending a query.
 */
const ENV = `env="$${VariableName.env}"`;
const WORKFLOWS = `service=~"${WORKFLOW_LOG_SERVICES.join('|')}"`;
const ERROR_LEVELS = 'level=~"error|critical|fatal"';
const SERVICE_SELECTOR = `{${ENV}, service="$${VariableName.service}", level=~"$${VariableName.level}"}`;

export const LogQL = {
  /** Charge attempts of the payment worker by outcome: `captured` or the classified error name. */
  ordersByOutcome:
    `sum by (outcome) (count_over_time({service="${LogService.orderProcessor}", ${ENV}} |= "payment" | json` +
    ` | ${LogKey.message}=~"${ChargeLogMessage.captured}|${ChargeLogMessage.notCaptured}"` +
    ` | label_format outcome=\`{{ if .${LogKey.errorName} }}{{ .${LogKey.errorName} }}{{ else }}captured{{ end }}\`` +
    ' [$__interval]))',

  /** Error-level lines of every Lambda, by service. */
  errorLinesByService: `sum by (service) (count_over_time({${ENV}, ${ERROR_LEVELS}} [$__interval]))`,

  /** Failure events (TaskFailed, ExecutionTimedOut, ...) of both workflows, by workflow. */
  workflowFailures:
    `sum by (service) (count_over_time({${ENV}, ${WORKFLOWS}} |~ "Failed|TimedOut|Aborted" | json` +
    ' | type=~".+(Failed|TimedOut|Aborted)" [$__interval]))',

  /** Lines reporting a circuit transition (admin reset / force-open and other observers), by new state. */
  circuitTransitionsLogged:
    `sum by (${LogKey.circuitState}) (count_over_time({${ENV}} |= "${LogKey.circuitState}" | json` +
    ` | ${LogKey.circuitState}!="" [$__interval]))`,

  /** Workflow states that write the circuit (trip, reopen, half-open, probe, close); needs log level ALL. */
  circuitStatesEntered:
    `sum by (details_name) (count_over_time({${ENV}, ${WORKFLOWS}} |= "TaskStateExited" | json` +
    ' | type="TaskStateExited" | details_name=~"(?i).*(circuit|trip|probe).*" [$__interval]))',

  /** The latest error-level lines of every service. */
  recentErrors: `{${ENV}, ${ERROR_LEVELS}}`,

  /** Lines per level of the chosen service that contain the filter text. */
  serviceVolumeByLevel: `sum by (level) (count_over_time(${SERVICE_SELECTOR} |= "$${VariableName.filter}" [$__interval]))`,

  /** The chosen service's lines that contain the filter text. */
  serviceLines: `${SERVICE_SELECTOR} |= "$${VariableName.filter}"`,
} as const;
