/** Every rule of the kubernetes pack, in the order they are listed. */
import type { Rule } from "../../src";
import apparmor from "./pod-security/apparmor";
import capabilitiesBaseline from "./pod-security/capabilities-baseline";
import capabilitiesRestricted from "./pod-security/capabilities-restricted";
import hostNamespaces from "./pod-security/host-namespaces";
import hostPathVolumes from "./pod-security/host-path-volumes";
import hostPorts from "./pod-security/host-ports";
import hostProcess from "./pod-security/host-process";
import privilegeEscalation from "./pod-security/privilege-escalation";
import privileged from "./pod-security/privileged";
import procMount from "./pod-security/proc-mount";
import runAsNonRoot from "./pod-security/run-as-non-root";
import runAsUser from "./pod-security/run-as-user";
import seccompBaseline from "./pod-security/seccomp-baseline";
import seccompRestricted from "./pod-security/seccomp-restricted";
import selinux from "./pod-security/selinux";
import sysctls from "./pod-security/sysctls";
import volumeTypes from "./pod-security/volume-types";
import allowedRegistries from "./workloads/allowed-registries";
import defaultNamespace from "./workloads/default-namespace";
import defaultServiceAccount from "./workloads/default-service-account";
import defaultServiceAccountAutomount from "./workloads/default-service-account-automount";
import imageDigest from "./workloads/image-digest";
import imageTag from "./workloads/image-tag";
import livenessProbe from "./workloads/liveness-probe";
import readOnlyRootFilesystem from "./workloads/read-only-root-filesystem";
import readinessProbe from "./workloads/readiness-probe";
import resourceLimits from "./workloads/resource-limits";
import resourceRequests from "./workloads/resource-requests";
import secretEnvLiterals from "./workloads/secret-env-literals";
import serviceAccountToken from "./workloads/service-account-token";
import ingressTls from "./exposure/ingress-tls";
import serviceExternalIps from "./exposure/service-external-ips";
import serviceLoadBalancer from "./exposure/service-load-balancer";
import serviceNodePort from "./exposure/service-node-port";
import clusterSecretsRead from "./rbac/cluster-secrets-read";
import noClusterAdminBinding from "./rbac/no-cluster-admin-binding";
import noEscalationVerbs from "./rbac/no-escalation-verbs";
import noWildcards from "./rbac/no-wildcards";
import namespaceNetworkPolicy from "./stack/namespace-network-policy";
import workloadClusterAdmin from "./stack/workload-cluster-admin";

/** Pod Security Standards, Baseline profile. */
export const pssBaselineRules: readonly Rule[] = [
    privileged, hostNamespaces, hostPathVolumes, hostPorts, capabilitiesBaseline, hostProcess, apparmor, selinux, procMount, seccompBaseline, sysctls,
];

/** Pod Security Standards, controls the Restricted profile adds. */
export const pssRestrictedRules: readonly Rule[] = [
    volumeTypes, privilegeEscalation, runAsNonRoot, runAsUser, seccompRestricted, capabilitiesRestricted,
];

/** Workload hygiene. */
export const workloadRules: readonly Rule[] = [
    resourceRequests, resourceLimits, livenessProbe, readinessProbe, imageTag, imageDigest, allowedRegistries, readOnlyRootFilesystem,
    serviceAccountToken, defaultServiceAccount, defaultServiceAccountAutomount, defaultNamespace, secretEnvLiterals,
];

/** Services and Ingresses reachable from outside the cluster. */
export const exposureRules: readonly Rule[] = [serviceLoadBalancer, serviceNodePort, serviceExternalIps, ingressTls];

/** Roles and bindings. */
export const rbacRules: readonly Rule[] = [noWildcards, noClusterAdminBinding, noEscalationVerbs, clusterSecretsRead];

/** Rules that join resources across the stack. */
export const stackRules: readonly Rule[] = [namespaceNetworkPolicy, workloadClusterAdmin];

export const kubernetesRules: readonly Rule[] = [
    ...pssBaselineRules, ...pssRestrictedRules, ...workloadRules, ...exposureRules, ...rbacRules, ...stackRules,
];
