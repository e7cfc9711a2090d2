import { AnnotationQueryBuilder } from '@grafana/grafana-foundation-sdk/dashboard';

/** Grafana's built-in "Annotations & Alerts" query, which every dashboard carries. */
export function builtInAnnotations(): AnnotationQueryBuilder[] {
  return [
    new AnnotationQueryBuilder()
      .name('Annotations & Alerts')
      .builtIn(1)
      .datasource({ type: 'grafana', uid: '-- Grafana --' })
      .enable(true)
      .hide(true)
      .iconColor('rgba(0, 211, 255, 1)')
      .type('dashboard'),
  ];
}
