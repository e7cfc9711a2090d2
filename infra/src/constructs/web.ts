import { Construct } from 'constructs';
import {
  CloudfrontDistribution,
  CloudfrontOriginAccessControl,
  S3Bucket,
  S3BucketOwnershipControls,
  S3BucketPolicy,
  S3BucketPublicAccessBlock,
  S3BucketServerSideEncryptionConfigurationA,
} from '../aws';
import { renderPolicy } from '../iam/policy-document';
import type { ResourceNames } from '../naming';

export interface WebProps {
  readonly names: ResourceNames;
  readonly prefix: string;
  /** Keep the bucket (and its objects) on destroy. */
  readonly retainBucket: boolean;
}

/** AWS managed cache policy "CachingOptimized". */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

/**
 * The dashboard: a private, encrypted S3 bucket served only through CloudFront with origin access
 * control; the bucket policy admits this one distribution and nothing else. Objects carry their
 * own `Cache-Control` (set by the upload and by `DashboardConfig`), which the cache policy honours.
 */
export class Web extends Construct {
  public readonly bucket: S3Bucket;
  public readonly distribution: CloudfrontDistribution;
  /** `https://<distribution domain>`: the origin the API's CORS allows. */
  public readonly origin: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    this.bucket = new S3Bucket(this, 'bucket', {
      bucketPrefix: props.names.dashboardBucketPrefix,
      forceDestroy: !props.retainBucket,
    });
    new S3BucketPublicAccessBlock(this, 'no-public-access', {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, 'owner-enforced', {
      bucket: this.bucket.id,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket: this.bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' }, bucketKeyEnabled: true }],
    });
    const accessControl = new CloudfrontOriginAccessControl(this, 'oac', {
      name: `${props.prefix}-dashboard`,
      originAccessControlOriginType: 's3',
      signingBehavior: 'always',
      signingProtocol: 'sigv4',
    });
    this.distribution = new CloudfrontDistribution(this, 'cdn', {
      enabled: true,
      comment: `${props.prefix} dashboard`,
      defaultRootObject: 'index.html',
      priceClass: 'PriceClass_100',
      httpVersion: 'http2and3',
      origin: [
        {
          originId: 'dashboard-bucket',
          domainName: this.bucket.bucketRegionalDomainName,
          originAccessControlId: accessControl.id,
        },
      ],
      defaultCacheBehavior: {
        targetOriginId: 'dashboard-bucket',
        viewerProtocolPolicy: 'redirect-to-https',
        allowedMethods: ['GET', 'HEAD'],
        cachedMethods: ['GET', 'HEAD'],
        cachePolicyId: CACHING_OPTIMIZED,
        compress: true,
      },
      // No "unknown path -> index.html" fallback: the app routes by URL hash, and a fallback would
      // answer a missing config.json or asset with index.html and status 200.
      restrictions: { geoRestriction: { restrictionType: 'none' } },
      viewerCertificate: { cloudfrontDefaultCertificate: true },
    });
    new S3BucketPolicy(this, 'cloudfront-reads', {
      bucket: this.bucket.id,
      policy: renderPolicy([
        {
          Sid: 'DistributionReadsObjects',
          Effect: 'Allow',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Action: 's3:GetObject',
          Resource: `${this.bucket.arn}/*`,
          Condition: { StringEquals: { 'AWS:SourceArn': this.distribution.arn } },
        },
      ]),
    });
    this.origin = `https://${this.distribution.domainName}`;
  }
}
