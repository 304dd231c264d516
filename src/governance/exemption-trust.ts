/**
 * Whether an exemption may be trusted in an environment: it names the environment, lasts no
 * longer than the environment allows, and — where the governance config requires signatures — is
 * signed by a trusted requester and, separately, by a different trusted approver, over exactly
 * what it says now. Time (expiry, revocation) and actor are judged elsewhere (`exemptionStatus`).
 */
import type { KeyObject } from "node:crypto";
import type { Exemption } from "./exemptions";
import { GovernanceConfig, type TrustRole } from "./governance-config";
import { signBody, verifyBody, type Signature, type SigningKey } from "./signing";

/** What each signature says it is, so that one role's signature cannot stand in for the other's. */
const PURPOSE: Record<"requester" | "approver", string> = {
    requester: "pulumi-guardrails exemption v1: requested",
    approver: "pulumi-guardrails exemption v1: approved",
};

/**
 * What the signatures cover: every field that decides what the entry allows, where and for how
 * long. Left out: the signatures themselves, the approver's name (the approver's key says who
 * approved), and revocation, which anyone may add because it only takes effect away.
 */
export function signedBodyOf(exemption: Exemption): Record<string, unknown> {
    const { signatures: _signatures, approvedBy: _approvedBy, revokedAt: _revokedAt, revokedBy: _revokedBy, revokeReason: _revokeReason, ...body } = exemption;
    return body;
}

/** The signature of `signer` over the entry, in a role. */
export function signExemption(exemption: Exemption, role: "requester" | "approver", signer: SigningKey): Signature {
    return signBody(PURPOSE[role], signedBodyOf(exemption), signer);
}

/** Whether the entry's signature in this role is valid for `publicKey` over what the entry says now. */
export function exemptionSignatureHolds(exemption: Exemption, role: "requester" | "approver", publicKey: KeyObject): boolean {
    const signature = exemption.signatures?.[role];
    return signature !== undefined && verifyBody(PURPOSE[role], signedBodyOf(exemption), signature, publicKey);
}

/** Where an exemption is being judged: the environment, its governance config, and whether signatures are required. */
export interface TrustContext {
    /** The environment the deployment runs in. */
    readonly environment: string;
    /** The governance config in force. */
    readonly config: GovernanceConfig;
    /** Whether signatures are required here (the config's answer, or stricter). */
    readonly requireSignatures: boolean;
    /** A stricter limit on an exemption's length than the config's, if any. */
    readonly maxDurationMs?: number;
}

/** Why an exemption is not trusted, as a status. */
export type TrustProblem = "wrong-environment" | "too-long" | "unsigned" | "unapproved" | "self-approved" | "tampered" | "untrusted";

/** The verdict: who asked and who approved (trusted ids when signed), or why it is not trusted. */
export type TrustVerdict =
    | { readonly ok: true; readonly requestedBy: string; readonly approvedBy: string; readonly signed: boolean }
    | { readonly ok: false; readonly status: TrustProblem; readonly reason: string };

type SignatureCheck = { readonly ok: true; readonly id: string; readonly fingerprint: string } | { readonly ok: false; readonly status: TrustProblem; readonly reason: string };

function checkSignature(exemption: Exemption, role: "requester" | "approver", context: TrustContext): SignatureCheck | undefined {
    const signature = exemption.signatures?.[role];
    if (!signature) return undefined;
    const trusted = context.config.keyByFingerprint(signature.fingerprint);
    const name = `exemption ${exemption.id}`;
    if (!trusted) {
        return { ok: false, status: "untrusted", reason: `${name} is ${role === "requester" ? "requested" : "approved"} with key ${signature.keyId} (${signature.fingerprint}), which ${context.config.source} does not trust` };
    }
    if (!exemptionSignatureHolds(exemption, role, trusted.key)) {
        return { ok: false, status: "tampered", reason: `${name} was changed after ${trusted.entry.id} signed it as ${role} (its ${role} signature does not match what it says now)` };
    }
    const roleName: TrustRole = role;
    if (!GovernanceConfig.allows(trusted.entry, roleName, context.environment)) {
        return { ok: false, status: "untrusted", reason: `${name} is signed by ${trusted.entry.id}, who is not trusted as ${role} in ${context.environment}` };
    }
    return { ok: true, id: trusted.entry.id, fingerprint: signature.fingerprint };
}

/** Judges an exemption's environment, length and signatures in a context. */
export function judgeTrust(exemption: Exemption, context: TrustContext): TrustVerdict {
    const name = `exemption ${exemption.id}`;
    const { environment, config } = context;
    if (exemption.environments && !exemption.environments.includes(environment)) {
        return { ok: false, status: "wrong-environment", reason: `${name} is for ${exemption.environments.join(", ")}, not ${environment}` };
    }
    const start = Date.parse(exemption.notBefore ?? exemption.createdAt);
    const max = Math.min(config.maxExemptionMs(environment), context.maxDurationMs ?? Number.POSITIVE_INFINITY);
    if (Date.parse(exemption.expiresAt) - start > max) {
        return { ok: false, status: "too-long", reason: `${name} lasts longer than the ${Math.round(max / 3_600_000)} h an exemption may last in ${environment}` };
    }
    const signatures = exemption.signatures;
    if (signatures?.requester && signatures.approver && signatures.requester.fingerprint === signatures.approver.fingerprint) {
        return { ok: false, status: "self-approved", reason: `${name} is approved with the requester's own key (${signatures.requester.keyId}); another person must approve it` };
    }
    // A signature that is present is checked even where none is required: a broken one is never honoured.
    const requester = checkSignature(exemption, "requester", context);
    const approver = checkSignature(exemption, "approver", context);
    const required = context.requireSignatures;
    for (const check of [requester, approver]) {
        // Outside required environments an unknown signer is just an unverified name.
        if (check && !check.ok && (required || check.status === "tampered")) return check;
    }
    if (required) {
        if (!exemption.environments) return { ok: false, status: "unsigned", reason: `${name} names no environments; ${environment} requires signed exemptions that name it` };
        if (!requester) return { ok: false, status: "unsigned", reason: `${name} is not signed; ${environment} requires exemptions signed by a trusted requester and approver` };
        if (!approver) return { ok: false, status: "unapproved", reason: `${name} has no approver's signature; ${environment} requires a second, trusted approver` };
        if (requester.ok && approver.ok) return { ok: true, requestedBy: requester.id, approvedBy: approver.id, signed: true };
    }
    // Where signatures are not required: verified signers if both signed, else the names on the entry.
    if (requester?.ok && approver?.ok) return { ok: true, requestedBy: requester.id, approvedBy: approver.id, signed: true };
    const approvedBy = exemption.approvedBy ?? (approver?.ok ? approver.id : undefined);
    if (!approvedBy) return { ok: false, status: "unapproved", reason: `${name} awaits approval (guardrails exempt approve --id ${exemption.id})` };
    if (approvedBy.trim().toLowerCase() === exemption.requestedBy.trim().toLowerCase()) {
        return { ok: false, status: "self-approved", reason: `${name} is approved by its own requester (${exemption.requestedBy})` };
    }
    const approvers = config.approvers(environment);
    if (approvers && !approvers.includes(approvedBy)) {
        return { ok: false, status: "untrusted", reason: `${name} is approved by ${approvedBy}, who is not an approver in ${environment} (${approvers.join(", ")})` };
    }
    return { ok: true, requestedBy: exemption.requestedBy, approvedBy, signed: false };
}
