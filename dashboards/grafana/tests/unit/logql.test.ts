import { parser } from '@grafana/lezer-logql';
import { buildDashboards, LogQL } from '../../src';
import { logqlExpressions } from '../support/dashboard-walk';

/** Sample values for the variables, as Grafana interpolates them before a query is parsed and sent. */
const SAMPLE_VALUES: Record<string, string> = {
  __interval: '1m',
  __range: '6h',
  env: 'prod',
  service: 'order-processor',
  level: '(info|error)',
  filter: 'timeout',
};

function interpolate(expr: string): string {
  return expr.replace(/\$\{?([a-zA-Z_][a-zA-Z0-9_]*)\}?/g, (whole, name: string) => {
    const value = SAMPLE_VALUES[name];
    if (value === undefined) throw new Error(`no sample value for ${whole}`);
    return value;
  });
}

/** Positions of the parse errors lezer-logql finds in an expression. */
function parseErrors(expr: string): number[] {
  const errors: number[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) errors.push(node.from);
    },
  });
  return errors;
}

describe('LogQL of the dashboards', () => {
  const expressions = buildDashboards().flatMap(logqlExpressions);

  it('finds the panel queries and the variable selectors', () => {
    expect(expressions.length).toBeGreaterThanOrEqual(Object.keys(LogQL).length);
    expect(expressions.map((e) => e.expr)).toEqual(expect.arrayContaining(Object.values(LogQL)));
    expect(expressions.map((e) => e.expr)).toContain('{env="$env"}');
  });

  it.each(expressions.map((e) => [e.where, e.expr]))('%s parses with lezer-logql', (_where, expr) => {
    expect(parseErrors(interpolate(expr))).toEqual([]);
  });

  it('would catch a broken expression', () => {
    expect(parseErrors('sum by (level) (count_over_time({service="x"} | json [1m])')).not.toEqual([]);
    expect(parseErrors(interpolate('{service="$service" |= "$filter"'))).not.toEqual([]);
  });

  it('counts over the panel interval in every metric query', () => {
    for (const { expr } of expressions.filter((e) => e.expr.includes('count_over_time'))) {
      expect(expr).toContain('[$__interval]');
    }
  });
});
