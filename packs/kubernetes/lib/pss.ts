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

/** Sysctls Baseline considers safe: namespaced, and isolated from other pods on the node. */
export const SAFE_SYSCTLS: ReadonlySet<string> = new Set([
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
]);

/** SELinux types Baseline allows (besides unset or empty). */
export const SELINUX_TYPES: ReadonlySet<string> = new Set(["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);

/** Seccomp and AppArmor profile types Baseline allows when set; Restricted requires seccomp to be one of them. */
export const CONFINED_PROFILE_TYPES: ReadonlySet<string> = new Set(["RuntimeDefault", "Localhost"]);

/** Inline volume sources Restricted allows. */
export const RESTRICTED_VOLUME_SOURCES: ReadonlySet<string> = new Set([
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
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
