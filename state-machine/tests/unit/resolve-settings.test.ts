import {
  cooldownSteps,
  DEFAULT_WORKFLOW_SETTINGS,
  InvalidWorkflowSettingError,
  longestChargeSeconds,
  resolveWorkflowSettings,
  retryDelaySteps,
  type WorkflowSettings,
} from '../../src';

describe('resolveWorkflowSettings', () => {
  it('applies the documented defaults', () => {
    expect(resolveWorkflowSettings()).toEqual({
      failureThreshold: 3,
      successThreshold: 1,
      cooldownSeconds: 30,
      cooldownCapSeconds: 300,
      probeLeaseSeconds: 60,
      probeWatchRounds: 60,
      retryDelaySeconds: 30,
      retryBackoffRate: 2,
      retryDelayCapSeconds: 900,
      maxAttempts: 5,
      paymentTimeoutSeconds: 10,
      chargeRetryIntervalSeconds: 1,
      chargeRetryBackoffRate: 2,
      chargeRetryMaxAttempts: 2,
      chargeRetryMaxDelaySeconds: 5,
      chargeRetryJitter: 'FULL',
      serviceRetryMaxAttempts: 3,
    });
    expect(resolveWorkflowSettings()).toEqual(DEFAULT_WORKFLOW_SETTINGS);
  });

  it('keeps given values, including zero where zero is allowed', () => {
    const resolved = resolveWorkflowSettings({
      failureThreshold: 5,
      retryDelaySeconds: 0,
      chargeRetryMaxAttempts: 0,
    });
    expect(resolved).toMatchObject({ failureThreshold: 5, retryDelaySeconds: 0, chargeRetryMaxAttempts: 0 });
    expect(resolved.successThreshold).toBe(1);
  });

  it.each<[WorkflowSettings, string, string]>([
    [{ failureThreshold: 0 }, 'failureThreshold', 'must be a whole number from 1 to 1000'],
    [{ successThreshold: 1.5 }, 'successThreshold', 'must be a whole number from 1 to 1000'],
    [{ cooldownSeconds: -1 }, 'cooldownSeconds', 'must be a whole number'],
    [{ retryDelaySeconds: 901, retryDelayCapSeconds: 900 }, 'retryDelaySeconds', 'from 0 to 900'],
    [{ retryDelayCapSeconds: 901 }, 'retryDelayCapSeconds', 'from 0 to 900'],
    [
      { retryDelaySeconds: 60, retryDelayCapSeconds: 30 },
      'retryDelayCapSeconds',
      'must be at least retryDelaySeconds',
    ],
    [
      { cooldownSeconds: 60, cooldownCapSeconds: 30 },
      'cooldownCapSeconds',
      'must be at least cooldownSeconds',
    ],
    [{ retryBackoffRate: 0.5 }, 'retryBackoffRate', 'must be a number from 1 to 10'],
    [{ chargeRetryBackoffRate: Number.NaN }, 'chargeRetryBackoffRate', 'must be a number from 1 to 10'],
    [{ maxAttempts: 0 }, 'maxAttempts', 'must be a whole number from 1 to 100'],
    [{ paymentTimeoutSeconds: 0 }, 'paymentTimeoutSeconds', 'must be a whole number'],
    [{ chargeRetryIntervalSeconds: 0 }, 'chargeRetryIntervalSeconds', 'must be a whole number'],
    [{ probeWatchRounds: 0 }, 'probeWatchRounds', 'must be a whole number'],
    [{ chargeRetryJitter: 'SOME' as 'FULL' }, 'chargeRetryJitter', 'must be FULL or NONE'],
    [{ probeLeaseSeconds: 30 }, 'probeLeaseSeconds', 'must exceed the longest charge (33 s'],
  ])('rejects %j naming %s', (settings, setting, requirement) => {
    const attempt = () => resolveWorkflowSettings(settings);
    expect(attempt).toThrow(InvalidWorkflowSettingError);
    expect(attempt).toThrow(requirement);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidWorkflowSettingError).setting).toBe(setting);
      expect((error as Error).message).toMatch(new RegExp(`^workflow setting ${setting} `));
    }
  });

  it('rejects an unknown setting instead of ignoring a typo', () => {
    expect(() => resolveWorkflowSettings({ failureTreshold: 2 } as WorkflowSettings)).toThrow(
      'workflow setting failureTreshold is not a known setting',
    );
  });
});

describe('longestChargeSeconds', () => {
  it('adds every attempt timing out and every retry waiting its full (capped) delay', () => {
    expect(longestChargeSeconds(resolveWorkflowSettings())).toBe(10 * 3 + 1 + 2);
    const capped = resolveWorkflowSettings({
      paymentTimeoutSeconds: 2,
      chargeRetryMaxAttempts: 4,
      chargeRetryMaxDelaySeconds: 3,
    });
    expect(longestChargeSeconds(capped)).toBe(2 * 5 + 1 + 2 + 3 + 3);
  });
});

describe('retryDelaySteps', () => {
  it('grows the SQS delay per attempt from the defaults: 30, 60, 120, 240', () => {
    expect(retryDelaySteps(resolveWorkflowSettings())).toEqual([
      { upTo: 1, seconds: 30 },
      { upTo: 2, seconds: 60 },
      { upTo: 3, seconds: 120 },
      { upTo: 4, seconds: 240 },
    ]);
  });

  it('caps the delay and merges equal delays into one step', () => {
    const settings = resolveWorkflowSettings({
      maxAttempts: 8,
      retryDelaySeconds: 100,
      retryDelayCapSeconds: 300,
    });
    expect(retryDelaySteps(settings)).toEqual([
      { upTo: 1, seconds: 100 },
      { upTo: 2, seconds: 200 },
      { upTo: 7, seconds: 300 },
    ]);
  });

  it('keeps one step when a single attempt is allowed', () => {
    expect(retryDelaySteps(resolveWorkflowSettings({ maxAttempts: 1 }))).toEqual([{ upTo: 1, seconds: 30 }]);
  });
});

describe('cooldownSteps', () => {
  it('doubles the cool-down per consecutive open up to the cap', () => {
    expect(cooldownSteps(resolveWorkflowSettings())).toEqual([
      { upTo: 1, seconds: 30 },
      { upTo: 2, seconds: 60 },
      { upTo: 3, seconds: 120 },
      { upTo: 4, seconds: 240 },
      { upTo: 5, seconds: 300 },
    ]);
  });

  it('is a single step when the cap equals the base', () => {
    expect(cooldownSteps(resolveWorkflowSettings({ cooldownSeconds: 5, cooldownCapSeconds: 5 }))).toEqual([
      { upTo: 1, seconds: 5 },
    ]);
  });
});
