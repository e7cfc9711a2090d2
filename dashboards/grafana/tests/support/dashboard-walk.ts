import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';

export interface FoundQuery {
  readonly where: string;
  readonly datasourceType?: string;
  readonly query: Record<string, unknown>;
}

/** Every panel target of a dashboard, with where it sits. */
export function panelTargets(dashboard: Dashboard): FoundQuery[] {
  const found: FoundQuery[] = [];
  for (const panel of dashboard.panels ?? []) {
    const targets = ('targets' in panel ? panel.targets : undefined) ?? [];
    for (const target of targets as unknown as Array<Record<string, unknown>>) {
      const datasource = (target.datasource ?? ('datasource' in panel ? panel.datasource : undefined)) as
        | { type?: string }
        | undefined;
      found.push({
        where: `${dashboard.uid} / ${panel.title} / ${String(target.refId)}`,
        datasourceType: datasource?.type,
        query: target,
      });
    }
  }
  return found;
}

/** The LogQL stream selector inside a Loki `label_values(<selector>, label)` variable query. */
export function labelValuesSelector(query: string): string | undefined {
  return /^label_values\((?:(.+),\s*)?([a-zA-Z_$][a-zA-Z0-9_]*)\)\s*$/.exec(query)?.[1];
}

/** Every LogQL expression of a dashboard: panel targets on Loki and Loki variable selectors. */
export function logqlExpressions(dashboard: Dashboard): Array<{ where: string; expr: string }> {
  const exprs = panelTargets(dashboard)
    .filter((target) => target.datasourceType === 'loki')
    .map((target) => ({ where: target.where, expr: String(target.query.expr) }));
  for (const variable of dashboard.templating?.list ?? []) {
    if (variable.type !== 'query' || (variable.datasource as { type?: string } | undefined)?.type !== 'loki')
      continue;
    const selector = labelValuesSelector(String(variable.query));
    if (selector) exprs.push({ where: `${dashboard.uid} / $${variable.name}`, expr: selector });
  }
  return exprs;
}

/** Every `$name` / `${name}` a dashboard refers to, except Grafana's own `$__` globals. */
export function referencedVariables(dashboard: Dashboard): Set<string> {
  const json = JSON.stringify({ panels: dashboard.panels, templating: dashboard.templating });
  const names = new Set<string>();
  for (const match of json.matchAll(/\$\{?([a-zA-Z_][a-zA-Z0-9_]*)/g)) {
    const name = match[1] ?? '';
    if (!name.startsWith('__') && name !== 'PROP') names.add(name);
  }
  return names;
}
