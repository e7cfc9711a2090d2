/**
 * The npm package a bare import specifier names: `@scope/name` or `name`, without a subpath.
 * @example packageName('@aws-sdk/lib-dynamodb/dist-es/index.js') // '@aws-sdk/lib-dynamodb'
 */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Workspace packages are our own TypeScript sources: the unbundled build compiles them in. */
export function isWorkspacePackage(name: string): boolean {
  return name.startsWith('@unstoppable/');
}
