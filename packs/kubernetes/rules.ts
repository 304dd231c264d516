/** Every rule of the kubernetes pack, in the order they are listed. */
import type { Rule } from "../../src";
import apparmor from "./pod-security/pod-apparmor-not-disabled";
import capabilitiesBaseline from "./pod-security/pod-capabilities-baseline";
import capabilitiesRestricted from "./pod-security/pod-capabilities-drop-all";
import hostNamespaces from "./pod-security/pod-no-host-namespaces";
import hostPathVolumes from "./pod-security/pod-no-host-path-volumes";
import hostPorts from "./pod-security/pod-no-host-ports";
import hostProcess from "./pod-security/pod-no-windows-host-process";
import privilegeEscalation from "./pod-security/pod-no-privilege-escalation";
import privileged from "./pod-security/pod-no-privileged-containers";
import procMount from "./pod-security/pod-default-proc-mount";
import runAsNonRoot from "./pod-security/pod-run-as-non-root";
import runAsUser from "./pod-security/pod-no-root-user";
import seccompBaseline from "./pod-security/pod-seccomp-not-unconfined";
import seccompRestricted from "./pod-security/pod-seccomp-required";
import selinux from "./pod-security/pod-selinux-options";
import sysctls from "./pod-security/pod-safe-sysctls";
import volumeTypes from "./pod-security/pod-restricted-volume-types";
import allowedRegistries from "./workloads/container-allowed-registries";
import defaultNamespace from "./workloads/no-default-namespace";
import defaultServiceAccount from "./workloads/pod-no-default-service-account";
import defaultServiceAccountAutomount from "./workloads/default-service-account-no-automount";
import imageDigest from "./workloads/container-image-digest";
import imageTag from "./workloads/container-image-tag";
import livenessProbe from "./workloads/container-liveness-probe";
import readOnlyRootFilesystem from "./workloads/container-read-only-root-filesystem";
import readinessProbe from "./workloads/container-readiness-probe";
import resourceLimits from "./workloads/container-resource-limits";
import resourceRequests from "./workloads/container-resource-requests";
import secretEnvLiterals from "./workloads/container-no-secret-env-literals";
import serviceAccountToken from "./workloads/pod-service-account-token-not-mounted";
import ingressTls from "./exposure/ingress-tls";
import serviceExternalIps from "./exposure/service-no-external-ips";
import serviceLoadBalancer from "./exposure/service-no-public-load-balancer";
import serviceNodePort from "./exposure/service-no-node-port";
import clusterSecretsRead from "./rbac/rbac-no-cluster-secret-read";
import noClusterAdminBinding from "./rbac/rbac-no-cluster-admin-binding";
import noEscalationVerbs from "./rbac/rbac-no-escalation-verbs";
import noWildcards from "./rbac/rbac-no-wildcards";
import namespaceNetworkPolicy from "./stack/namespace-has-network-policy";
import workloadClusterAdmin from "./stack/workload-no-cluster-admin-service-account";
import podNoHostProbes from "./pod-security/pod-no-host-probes";
import podProcMountRestricted from "./pod-security/pod-proc-mount-restricted";
import podSysctlValuesSafe from "./pod-security/pod-sysctl-values-safe";
import containerEphemeralStorage from "./workloads/container-ephemeral-storage";
import containerImagePullPolicyAlways from "./workloads/container-image-pull-policy-always";
import containerSecretsAsFiles from "./workloads/container-secrets-as-files";
import podNonRootGroups from "./workloads/pod-non-root-groups";
import ingressHostSpecific from "./exposure/ingress-host-specific";
import serviceExternalNameNotLocal from "./exposure/service-external-name-not-local";
import rbacNoAnonymousBinding from "./rbac/rbac-no-anonymous-binding";
import rbacNoAuthenticatedBinding from "./rbac/rbac-no-authenticated-binding";
import rbacNoCsrApproval from "./rbac/rbac-no-csr-approval";
import rbacNoNodesProxy from "./rbac/rbac-no-nodes-proxy";
import rbacNoPodExec from "./rbac/rbac-no-pod-exec";
import rbacNoPodPortForward from "./rbac/rbac-no-pod-port-forward";
import rbacNoSecretRead from "./rbac/rbac-no-secret-read";
import rbacNoServiceAccountTokenCreate from "./rbac/rbac-no-service-account-token-create";
import rbacNoServiceAccountTokenSecret from "./rbac/rbac-no-service-account-token-secret";
import rbacNoSystemMastersBinding from "./rbac/rbac-no-system-masters-binding";
import rbacNoWebhookConfigWrite from "./rbac/rbac-no-webhook-config-write";
import rbacNoWorkloadCreate from "./rbac/rbac-no-workload-create";
import workloadHasPodDisruptionBudget from "./availability/workload-has-pod-disruption-budget";
import workloadMinReplicas from "./availability/workload-min-replicas";
import apiVersionNotPrerelease from "./api/api-version-not-prerelease";
import apiVersionNotRemoved from "./api/api-version-not-removed";
import namespacePodSecurityEnforced from "./namespaces/namespace-pod-security-enforced";
import namespacePodSecurityVersionValid from "./namespaces/namespace-pod-security-version-valid";

/** Pod Security Standards, Baseline profile. */
export const pssBaselineRules: readonly Rule[] = [
    privileged, hostNamespaces, hostPathVolumes, hostPorts, capabilitiesBaseline, hostProcess, apparmor, selinux, procMount, seccompBaseline, sysctls, podNoHostProbes,
];

/** Pod Security Standards, controls the Restricted profile adds. */
export const pssRestrictedRules: readonly Rule[] = [
    volumeTypes, privilegeEscalation, runAsNonRoot, runAsUser, seccompRestricted, capabilitiesRestricted, podProcMountRestricted,
];

/** Workload hygiene. */
export const workloadRules: readonly Rule[] = [
    resourceRequests, resourceLimits, livenessProbe, readinessProbe, imageTag, imageDigest, allowedRegistries, readOnlyRootFilesystem,
    serviceAccountToken, defaultServiceAccount, defaultServiceAccountAutomount, defaultNamespace, secretEnvLiterals, containerEphemeralStorage, containerImagePullPolicyAlways, containerSecretsAsFiles, podNonRootGroups,
];

/** Services and Ingresses reachable from outside the cluster. */
export const exposureRules: readonly Rule[] = [serviceLoadBalancer, serviceNodePort, serviceExternalIps, ingressTls, ingressHostSpecific, serviceExternalNameNotLocal,
];

/** Roles and bindings. */
export const rbacRules: readonly Rule[] = [noWildcards, noClusterAdminBinding, noEscalationVerbs, clusterSecretsRead, rbacNoAnonymousBinding, rbacNoAuthenticatedBinding, rbacNoCsrApproval, rbacNoNodesProxy, rbacNoPodExec, rbacNoPodPortForward, rbacNoSecretRead, rbacNoServiceAccountTokenCreate, rbacNoServiceAccountTokenSecret, rbacNoSystemMastersBinding, rbacNoWebhookConfigWrite, rbacNoWorkloadCreate,
];

/** Rules that join resources across the stack. */
export const stackRules: readonly Rule[] = [namespaceNetworkPolicy, workloadClusterAdmin, workloadHasPodDisruptionBudget, workloadMinReplicas,
];

/** Pod hardening beyond the Pod Security Standards. */
export const podHardeningRules: readonly Rule[] = [
    podSysctlValuesSafe,
];

/** API versions and namespaces. */
export const clusterRules: readonly Rule[] = [
    apiVersionNotPrerelease, apiVersionNotRemoved, namespacePodSecurityEnforced, namespacePodSecurityVersionValid,
];

export const kubernetesRules: readonly Rule[] = [
    ...pssBaselineRules, ...pssRestrictedRules, ...workloadRules, ...exposureRules, ...rbacRules, ...stackRules, ...podHardeningRules, ...clusterRules,
];
