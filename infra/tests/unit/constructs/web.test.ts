import {
  CloudfrontDistribution,
  CloudfrontOriginAccessControl,
  S3BucketPublicAccessBlock,
  S3BucketServerSideEncryptionConfigurationA,
} from '../../../src/aws';
import { Web } from '../../../src/constructs/web';
import { resourceNames } from '../../../src/naming';
import { findResource, synth } from '../../support/fixtures';

const build = (retainBucket = false) =>
  synth((scope) => new Web(scope, 'web', { names: resourceNames('up-dev'), prefix: 'up-dev', retainBucket }));

describe('Web', () => {
  it('keeps the dashboard bucket private and encrypted', () => {
    const { json, stack } = build();
    const bucket = findResource(stack, 'aws_s3_bucket', { bucket_prefix: 'up-dev-dashboard-' });
    expect(json).toHaveResourceWithProperties(S3BucketPublicAccessBlock, {
      bucket: bucket.ref('id'),
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(json).toHaveResourceWithProperties(S3BucketServerSideEncryptionConfigurationA, {
      bucket: bucket.ref('id'),
      rule: [
        expect.objectContaining({ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }),
      ],
    });
  });

  it('serves the bucket through CloudFront with a signing origin access control, HTTPS only', () => {
    const { json, stack } = build();
    const oac = findResource(stack, 'aws_cloudfront_origin_access_control', {});
    const bucket = findResource(stack, 'aws_s3_bucket', { bucket_prefix: 'up-dev-dashboard-' });
    expect(json).toHaveResourceWithProperties(CloudfrontOriginAccessControl, {
      origin_access_control_origin_type: 's3',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
    expect(json).toHaveResourceWithProperties(CloudfrontDistribution, {
      origin: [
        expect.objectContaining({
          origin_access_control_id: oac.ref('id'),
          domain_name: bucket.ref('bucket_regional_domain_name'),
        }),
      ],
      default_cache_behavior: expect.objectContaining({
        viewer_protocol_policy: 'redirect-to-https',
        allowed_methods: ['GET', 'HEAD'],
      }),
    });
  });

  it('answers a missing object with an error, not with index.html (the app routes by URL hash)', () => {
    const distribution = findResource(build().stack, 'aws_cloudfront_distribution', {});
    // A fallback would serve index.html with status 200 for a missing config.json or asset.
    expect(distribution.body.custom_error_response).toBeUndefined();
    expect(distribution.body.default_root_object).toBe('index.html');
  });

  it('lets only this distribution read objects', () => {
    const { stack } = build();
    const distribution = findResource(stack, 'aws_cloudfront_distribution', {});
    const policy = findResource(stack, 'aws_s3_bucket_policy', {});
    expect(JSON.parse(String(policy.body.policy)).Statement).toEqual([
      {
        Sid: 'DistributionReadsObjects',
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: `${findResource(stack, 'aws_s3_bucket', {}).ref('arn')}/*`,
        Condition: { StringEquals: { 'AWS:SourceArn': distribution.ref('arn') } },
      },
    ]);
  });

  it('empties the bucket on destroy only where it is not retained', () => {
    expect(findResource(build(false).stack, 'aws_s3_bucket', {}).body.force_destroy).toBe(true);
    expect(findResource(build(true).stack, 'aws_s3_bucket', {}).body.force_destroy).toBe(false);
  });
});
