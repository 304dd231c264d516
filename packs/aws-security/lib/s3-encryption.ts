/**
 * Where S3 default-encryption algorithms sit in each resource shape, as property paths:
 * - BucketServerSideEncryptionConfiguration(V2): `rules[i].applyServerSideEncryptionByDefault.sseAlgorithm`
 * - Bucket (inline, deprecated): `serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm`
 * - BucketV2 (inline, deprecated): `serverSideEncryptionConfigurations[i].rules[j].applyServerSideEncryptionByDefaults[k].sseAlgorithm`
 */
import { listOf, propertyPath, recordOf } from "../../../src";

export interface AlgorithmSetting {
    /** The `sseAlgorithm` value as found (any type). */
    readonly algorithm: unknown;
    readonly path: string;
}

/** Algorithms that encrypt with AWS KMS keys (SSE-KMS and dual-layer DSSE-KMS). */
export const KMS_ALGORITHMS: ReadonlySet<string> = new Set(["aws:kms", "aws:kms:dsse"]);

/** Algorithms of an encryption-configuration satellite (`rules`). */
export function satelliteAlgorithms(props: Record<string, unknown>): AlgorithmSetting[] {
    return listOf(props.rules).flatMap((rule, i) => {
        const byDefault = recordOf(rule).applyServerSideEncryptionByDefault;
        if (byDefault === undefined || byDefault === null) return [];
        return [{ algorithm: recordOf(byDefault).sseAlgorithm, path: propertyPath("rules", i, "applyServerSideEncryptionByDefault", "sseAlgorithm") }];
    });
}

/**
 * Algorithms of a bucket's own inline configuration, or `undefined` when the bucket declares
 * none. `legacy` selects the `aws.s3.Bucket` shape; otherwise the `BucketV2` shape.
 */
export function inlineAlgorithms(props: Record<string, unknown>, legacy: boolean): AlgorithmSetting[] | undefined {
    if (legacy) {
        const config = props.serverSideEncryptionConfiguration;
        if (config === undefined || config === null) return undefined;
        const byDefault = recordOf(recordOf(recordOf(config).rule).applyServerSideEncryptionByDefault);
        return [{ algorithm: byDefault.sseAlgorithm, path: "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm" }];
    }
    const configs = listOf(props.serverSideEncryptionConfigurations);
    if (configs.length === 0) return undefined;
    return configs.flatMap((config, i) =>
        listOf(recordOf(config).rules).flatMap((rule, j) =>
            listOf(recordOf(rule).applyServerSideEncryptionByDefaults).map((byDefault, k) => ({
                algorithm: recordOf(byDefault).sseAlgorithm,
                path: propertyPath("serverSideEncryptionConfigurations", i, "rules", j, "applyServerSideEncryptionByDefaults", k, "sseAlgorithm"),
            })),
        ),
    );
}

/** True when the value is a non-empty algorithm name. */
export function isSet(algorithm: unknown): algorithm is string {
    return typeof algorithm === "string" && algorithm.trim() !== "";
}

/** One default-encryption rule: its algorithm and its S3 Bucket Key setting, with their paths. */
export interface EncryptionRule {
    readonly algorithm: unknown;
    /** The `bucketKeyEnabled` value as found (any type; undefined when absent), read on use. */
    readonly bucketKeyEnabled: unknown;
    readonly bucketKeyPath: string;
}

/**
 * The default-encryption rules of a resource: an encryption-configuration satellite
 * (`"satellite"`), a legacy `aws.s3.Bucket` (`"legacy"`) or a `BucketV2` (`"v2"`), inline.
 * A rule without `applyServerSideEncryptionByDefault` has no algorithm (undefined).
 */
export function encryptionRules(props: Record<string, unknown>, shape: "satellite" | "legacy" | "v2"): EncryptionRule[] {
    if (shape === "satellite") {
        return listOf(props.rules).map((rule, i) => {
            const record = recordOf(rule);
            return {
                algorithm: recordOf(record.applyServerSideEncryptionByDefault).sseAlgorithm,
                get bucketKeyEnabled() {
                    return record.bucketKeyEnabled;
                },
                bucketKeyPath: propertyPath("rules", i, "bucketKeyEnabled"),
            };
        });
    }
    if (shape === "legacy") {
        const config = props.serverSideEncryptionConfiguration;
        if (config === undefined || config === null) return [];
        const rule = recordOf(recordOf(config).rule);
        return [
            {
                algorithm: recordOf(rule.applyServerSideEncryptionByDefault).sseAlgorithm,
                get bucketKeyEnabled() {
                    return rule.bucketKeyEnabled;
                },
                bucketKeyPath: "serverSideEncryptionConfiguration.rule.bucketKeyEnabled",
            },
        ];
    }
    return listOf(props.serverSideEncryptionConfigurations).flatMap((config, i) =>
        listOf(recordOf(config).rules).map((rule, j) => {
            const record = recordOf(rule);
            return {
                algorithm: recordOf(listOf(record.applyServerSideEncryptionByDefaults)[0]).sseAlgorithm,
                get bucketKeyEnabled() {
                    return record.bucketKeyEnabled;
                },
                bucketKeyPath: propertyPath("serverSideEncryptionConfigurations", i, "rules", j, "bucketKeyEnabled"),
            };
        }),
    );
}
