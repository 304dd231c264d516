/**
 * Telling a customer managed KMS key from the keys AWS manages, by the reference a resource
 * holds (`kmsKeyId`, `kmsKey`, `kmsKeyArn`, ...). Every "customer managed key" rule answers the
 * question through here, so they agree on the edge cases:
 * - absent, null, a non-string or a blank string: no key, so the service uses its AWS managed
 *   key (`aws/ebs`, `aws/rds`, `aws/secretsmanager`, ...) or an AWS owned key;
 * - an alias of an AWS managed key, by name (`alias/aws/rds`) or by ARN
 *   (`arn:aws:kms:eu-west-1:111122223333:alias/aws/rds`, any partition): AWS managed. AWS
 *   reserves the `alias/aws/` prefix for its own keys, so no customer key can carry it;
 * - anything else (a key ID, a key ARN, a multi-Region `mrk-` key, a customer alias name or
 *   alias ARN): a customer managed key. A key ARN or ID cannot be told apart from an AWS managed
 *   key's own ARN without a lookup; it is taken as customer managed, as the key a user chose;
 * - an unknown value (preview): the read throws, so the rule is skipped, never passed.
 */

/** What a KMS key reference names. */
export type KmsKeyReference = "none" | "aws-managed" | "customer-managed";

/** An AWS managed alias, by name or by ARN (compiled once). */
const AWS_MANAGED_ALIAS = /^(?:arn:aws[a-z-]*:kms:[^:]*:[^:]*:)?alias\/aws\//i;

/** Classifies a KMS key reference; see the module comment for each case. */
export function kmsKeyReference(value: unknown): KmsKeyReference {
    if (typeof value !== "string") return "none";
    const key = value.trim();
    if (key === "") return "none";
    return AWS_MANAGED_ALIAS.test(key) ? "aws-managed" : "customer-managed";
}

/** True when `value` names a customer managed KMS key (not absent, not an `alias/aws/...` key). */
export function isCustomerManagedKey(value: unknown): boolean {
    return kmsKeyReference(value) === "customer-managed";
}
