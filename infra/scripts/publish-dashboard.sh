#!/bin/sh
# Publishes the built dashboard (dashboards/web/dist) to one environment and refreshes CloudFront.
# Run it after `cdktf deploy <env>`: the bucket and distribution come from that stack's Terraform
# outputs. config.json is not uploaded: Terraform writes it with the stack's API URL.
# Usage: sh scripts/publish-dashboard.sh <dev|prod>   (needs terraform, the aws CLI and credentials)
# Overrides for tests or other layouts: DASHBOARD_DIST (the built site), CDKTF_OUTDIR (synth output).
set -eu
export AWS_PAGER="" # never wait for a pager in CI
INFRA=$(cd "$(dirname "$0")/.." && pwd)
environment="${1:-}"
case "$environment" in
  dev | prod) ;;
  *)
    echo "usage: sh scripts/publish-dashboard.sh <dev|prod> (got \"$environment\")" >&2
    exit 2
    ;;
esac
dist="${DASHBOARD_DIST:-$INFRA/../dashboards/web/dist}"
stack="${CDKTF_OUTDIR:-$INFRA/cdktf.out}/stacks/$environment"
if [ ! -f "$dist/index.html" ] || [ ! -d "$dist/assets" ]; then
  echo "publish-dashboard: no dashboard build in $dist: run \`pnpm --filter @unstoppable/web build\` first" >&2
  exit 1
fi
if [ ! -f "$stack/cdk.tf.json" ]; then
  echo "publish-dashboard: $stack is not synthesized: run \`cdktf deploy $environment\` first" >&2
  exit 1
fi

# The stack's outputs (the deploy already initialised this folder; a fresh synth needs an init).
[ -d "$stack/.terraform" ] || terraform -chdir="$stack" init -input=false >&2
bucket=$(terraform -chdir="$stack" output -raw dashboard_bucket)
distribution=$(terraform -chdir="$stack" output -raw dashboard_distribution_id)
echo "publish-dashboard: $dist -> s3://$bucket (CloudFront $distribution)" >&2

# 1. Content-hashed assets first, cached for a year: pages still open keep loading theirs.
aws s3 sync "$dist/assets" "s3://$bucket/assets" --no-progress \
  --cache-control "public, max-age=31536000, immutable"
# 2. Then the entry points (index.html...), revalidated on every load. config.json belongs to
#    Terraform: excluded, so neither the shipped copy overwrites it nor --delete removes it.
aws s3 sync "$dist" "s3://$bucket" --no-progress --delete \
  --exclude "assets/*" --exclude "config.json" --cache-control "no-cache"
# 3. Now that index.html names the new assets, drop the previous builds' ones.
aws s3 sync "$dist/assets" "s3://$bucket/assets" --no-progress --delete \
  --cache-control "public, max-age=31536000, immutable"
# 4. Edge caches forget everything, config.json included (Terraform may have just changed it).
aws cloudfront create-invalidation --distribution-id "$distribution" --paths "/*" \
  --query "Invalidation.Id" --output text
