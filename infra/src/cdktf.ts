/**
 * The only module that imports the cdktf core library. Everything else imports from here, so
 * moving to CDK Terrain (`cdktn`, the community fork with the same API) is a change of this file
 * and of `aws.ts` (see README, "Migrating to CDK Terrain").
 */

export type { IResolvable } from 'cdktf';
export {
  App,
  AssetType,
  Fn,
  Lazy,
  S3Backend,
  TerraformAsset,
  TerraformOutput,
  TerraformStack,
  Testing,
  Token,
} from 'cdktf';
