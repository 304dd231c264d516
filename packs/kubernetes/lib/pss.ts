/**
 * Facts from the Kubernetes Pod Security Standards
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/), shared by the PSS
 * rules, and the tags and framework keys that make the profiles selectable.
 */

/** Tag of rules implementing a control of the Baseline profile. */
export const PSS_BASELINE = "pss-baseline";
/** Tag of rules implementing a control the Restricted profile adds on top of Baseline. */
export const PSS_RESTRICTED = "pss-restricted";

/** Framework mapping for a Baseline control, named as on the PSS page, plus CIS Kubernetes ids. */
export function baselineControl(control: string, cis: readonly string[] = []): Record<string, readonly string[]> {
    return cis.length > 0 ? { "k8s-pss-baseline": [control], "cis-k8s-1.9": cis } : { "k8s-pss-baseline": [control] };
}

/** Framework mapping for a Restricted control, named as on the PSS page, plus CIS Kubernetes ids. */
export function restrictedControl(control: string, cis: readonly string[] = []): Record<string, readonly string[]> {
    return cis.length > 0 ? { "k8s-pss-restricted": [control], "cis-k8s-1.9": cis } : { "k8s-pss-restricted": [control] };
}

/** Capabilities Baseline lets a container add (the container runtimes' default set, without NET_RAW). */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
    "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
    "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
]);

/** The only capability Restricted lets a container add (after dropping ALL). */
export const RESTRICTED_ADDABLE_CAPABILITY = "NET_BIND_SERVICE";

/*
 * Policy versions. Pod Security Admission judges a pod against the policy of one Kubernetes
 * minor ("v1.<minor>", or "latest"); the rules take the same as their `pssVersion` setting.
 * Every fact below that changed between minors is a table keyed by the minor it starts at, each
 * checked against upstream kubernetes/pod-security-admission (staging/src/k8s.io/pod-security-admission
 * in kubernetes/kubernetes), commit 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (2026-07-01),
 * policy/check_*.go, `api.MajorMinorVersion(1, N)` gates:
 *
 * | minor | change                                                                        | upstream file                        |
 * | ----- | ----------------------------------------------------------------------------- | ------------------------------------ |
 * | 1.25  | Restricted exempts `spec.os.name: windows` from allowPrivilegeEscalation,     | check_allowPrivilegeEscalation.go,   |
 * |       | capabilities and seccomp                                                      | check_capabilities_restricted.go,    |
 * |       |                                                                               | check_seccompProfile_restricted.go   |
 * | 1.27  | sysctl net.ipv4.ip_local_reserved_ports is safe                               | check_sysctls.go                     |
 * | 1.29  | sysctls net.ipv4.tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl,    | check_sysctls.go                     |
 * |       | tcp_keepalive_probes are safe                                                 |                                      |
 * | 1.31  | SELinux type container_engine_t is allowed                                    | check_seLinuxOptions.go              |
 * | 1.32  | sysctls net.ipv4.tcp_rmem, tcp_wmem are safe                                  | check_sysctls.go                     |
 * | 1.34  | Baseline forbids a `host` on probes and lifecycle handlers                    | check_hostProbesAndhostLifecycle.go  |
 * | 1.35  | hostUsers: false relaxes runAsNonRoot, runAsUser (Restricted) and procMount   | check_runAsNonRoot.go,               |
 * |       | (Baseline) — unconditionally; before, only behind a perma-alpha feature gate  | check_runAsUser.go,                  |
 * |       | that PSA's released policy does not turn on; Restricted gets its own procMount | check_procMount_baseline.go,         |
 * |       | check (no relaxation) overriding Baseline's                                    | check_procMount_restricted.go        |
 * | 1.37  | sysctls net.ipv4.tcp_slow_start_after_idle, tcp_notsent_lowat are safe        | check_sysctls.go (unreleased at that |
 * |       |                                                                               | commit: only with pssVersion v1.37)  |
 *
 * Facts that did not change across the supported range: `image` volumes are allowed by
 * Restricted in every version (check_restrictedVolumes.go lists them in its 1.0 policy);
 * seccomp has been judged from the securityContext field (not the annotation) since 1.19.
 */

/** The newest released minor verified upstream (tag v0.36.2 of kubernetes/pod-security-admission, 2026-06-12). */
export const PSS_LATEST_MINOR = 36;
/** The oldest minor the rules model (the annotation-era policies before it are not modelled). */
export const PSS_OLDEST_MINOR = 25;

/** The `pssVersion` setting every PSS rule takes. */
export const PSS_VERSION_PROPERTY = {
    type: "string",
    pattern: "^(latest|v1\\.(2[5-9]|[3-9][0-9]))$",
    description: `Pod Security Standards policy version to judge by, as Pod Security Admission's enforce-version label: "latest" (v1.${PSS_LATEST_MINOR}) or "v1.<minor>" from v1.${PSS_OLDEST_MINOR}.`,
} as const;

/** The minor a `pssVersion` setting stands for ("latest", unset or malformed: the newest verified). */
export function pssMinor(version: unknown): number {
    if (typeof version !== "string" || version === "latest") return PSS_LATEST_MINOR;
    const match = /^v1\.(\d+)$/.exec(version);
    if (!match) return PSS_LATEST_MINOR;
    return Math.max(PSS_OLDEST_MINOR, Number(match[1]));
}

/** Minors at which a check changed (see the table above). */
export const PSS_SINCE = {
    /** Restricted exempts Windows pods from allowPrivilegeEscalation, capabilities and seccomp. */
    restrictedWindowsExemption: 25,
    /** SELinux type container_engine_t allowed. */
    seLinuxContainerEngine: 31,
    /** Baseline forbids probe and lifecycle `host`. */
    hostProbes: 34,
    /** hostUsers: false relaxes runAsNonRoot, runAsUser and Baseline procMount; Restricted procMount check. */
    userNamespaceRelaxation: 35,
} as const;

/** Sysctls Baseline considers safe, by the minor each was added in (check_sysctls.go). */
const SYSCTLS_SINCE: readonly (readonly [number, readonly string[]])[] = [
    [0, ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start"]],
    [27, ["net.ipv4.ip_local_reserved_ports"]],
    [29, ["net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"]],
    [32, ["net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"]],
    [37, ["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"]],
];

const sysctlSets = new Map<number, ReadonlySet<string>>();

/** Sysctls Baseline considers safe at a minor: namespaced, and isolated from other pods on the node. */
export function safeSysctls(minor: number): ReadonlySet<string> {
    let set = sysctlSets.get(minor);
    if (!set) {
        set = new Set(SYSCTLS_SINCE.filter(([since]) => since <= minor).flatMap(([, names]) => names));
        sysctlSets.set(minor, set);
    }
    return set;
}

/** Sysctls Baseline considers safe under the latest verified policy. */
export const SAFE_SYSCTLS: ReadonlySet<string> = safeSysctls(PSS_LATEST_MINOR);

const SELINUX_TYPES_BEFORE_1_31: ReadonlySet<string> = new Set(["container_t", "container_init_t", "container_kvm_t"]);

/** SELinux types Baseline allows (besides unset or empty) under the latest verified policy. */
export const SELINUX_TYPES: ReadonlySet<string> = new Set([...SELINUX_TYPES_BEFORE_1_31, "container_engine_t"]);

/** SELinux types Baseline allows at a minor (check_seLinuxOptions.go). */
export function seLinuxTypes(minor: number): ReadonlySet<string> {
    return minor >= PSS_SINCE.seLinuxContainerEngine ? SELINUX_TYPES : SELINUX_TYPES_BEFORE_1_31;
}

/** Seccomp and AppArmor profile types Baseline allows when set; Restricted requires seccomp to be one of them. */
export const CONFINED_PROFILE_TYPES: ReadonlySet<string> = new Set(["RuntimeDefault", "Localhost"]);

/** Inline volume sources Restricted allows. */
export const RESTRICTED_VOLUME_SOURCES: ReadonlySet<string> = new Set([
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret",
]);

/** Every inline volume source of core/v1 Volume (the input names of the SDK). */
export const VOLUME_SOURCES: readonly string[] = [
    "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "configMap", "csi", "downwardAPI", "emptyDir",
    "ephemeral", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo", "glusterfs", "hostPath", "image", "iscsi",
    "nfs", "persistentVolumeClaim", "photonPersistentDisk", "portworxVolume", "projected", "quobyte", "rbd", "scaleIO",
    "secret", "storageos", "vsphereVolume",
];

/** Shows a value from a closed vocabulary (capability, profile type, ...) only when it looks like one. */
export function showToken(value: unknown, pattern: RegExp = /^[A-Za-z][A-Za-z0-9_]{0,63}$/): string {
    return typeof value === "string" && pattern.test(value) ? `"${value}"` : "a non-standard value";
}
