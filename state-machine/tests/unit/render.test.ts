import {
  cooldownWorkflow,
  orderWorkflow,
  PLACEHOLDER_REFS,
  RENDERED_FILES,
  renderWorkflows,
} from '../../src';

describe('renderWorkflows', () => {
  it('renders both definitions as the JSON files build writes', () => {
    const files = renderWorkflows(PLACEHOLDER_REFS);
    expect(Object.keys(files)).toEqual([RENDERED_FILES.order, RENDERED_FILES.cooldown]);
    expect(JSON.parse(files[RENDERED_FILES.order] ?? '')).toEqual(orderWorkflow(PLACEHOLDER_REFS));
    expect(JSON.parse(files[RENDERED_FILES.cooldown] ?? '')).toEqual(cooldownWorkflow(PLACEHOLDER_REFS));
    expect(files[RENDERED_FILES.order]).toMatch(/^\{\n {2}"Comment": /);
    expect(files[RENDERED_FILES.order]?.endsWith('}\n')).toBe(true);
  });

  it('uses only JSONPath (no JSONata) in what it renders', () => {
    const json = Object.values(renderWorkflows(PLACEHOLDER_REFS)).join('');
    expect(json).not.toContain('QueryLanguage');
    expect(json).not.toContain('{%');
  });
});
