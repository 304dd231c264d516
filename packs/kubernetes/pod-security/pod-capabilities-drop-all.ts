import { defineRule, listOf, recordOf } from "../../../src";
import { containersOf, isWindowsPod, podSpecOf, POD_SPEC_TYPES, resourceLabel, type ContainerRef } from "../lib/pod-spec";
import { PSS_RESTRICTED, PSS_VERSION_PROPERTY, RESTRICTED_ADDABLE_CAPABILITY, restrictedControl, showToken } from "../lib/pss";
import { ensureObject } from "../lib/security-context";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

function capabilitiesOf(c: ContainerRef): { add: unknown[]; drop: unknown[] } {
    const capabilities = recordOf(recordOf(c.container.securityContext).capabilities);
    return { add: listOf(capabilities.add), drop: listOf(capabilities.drop) };
}

/** Linux containers that do not drop ALL. */
function missingDropAll(type: string, props: unknown): ContainerRef[] {
    const pod = podSpecOf(type, props);
    if (!pod || isWindowsPod(pod)) return [];
    return containersOf(pod).filter((c) => !capabilitiesOf(c).drop.includes("ALL"));
}

export default defineRule({
    id: "k8s-pod-capabilities-drop-all",
    title: "Containers drop all capabilities",
    description:
        "Containers start with a default set of Linux capabilities, including NET_RAW (packet spoofing) and CHOWN/DAC_OVERRIDE (file permission bypass), that most programs never use. Pod Security Standards Restricted requires dropping ALL and adding back at most NET_BIND_SERVICE.",
    severity: "medium",
    service: "kubernetes",
    frameworks: restrictedControl("Capabilities", ["5.2.8", "5.2.10"]),
    tags: [PSS_RESTRICTED, "pod-security"],
    remediation: 'Set `securityContext.capabilities: { drop: ["ALL"] }` and add back only NET_BIND_SERVICE if the process binds a port below 1024.',
    defaultLevel: "advisory",
    configSchema: { properties: { pssVersion: PSS_VERSION_PROPERTY } },
    configDefaults: { pssVersion: "latest" },
    examples: {
        violating: [
            {
                description: "a container keeping the default capabilities",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: {
                                    metadata: { labels: { app: "web" } },
                                    spec: {
                                        containers: [
                                            { name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { capabilities: { add: ["NET_BIND_SERVICE"] } } },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a container dropping ALL",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: {
                                    metadata: { labels: { app: "web" } },
                                    spec: {
                                        containers: [
                                            {
                                                name: "web",
                                                image: "ghcr.io/acme/web:1.4.2",
                                                securityContext: { capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } },
                                            },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod || isWindowsPod(pod)) return;
        const label = resourceLabel(ctx.type, ctx.name);
        for (const c of containersOf(pod)) {
            const { add, drop } = capabilitiesOf(c);
            // A patch that sets no drop list leaves it as it is on the object: not judged here.
            if (!drop.includes("ALL") && !(pod.partial && drop.length === 0)) {
                ctx.report({ message: `${label} does not drop all capabilities in ${c.label}.`, propertyPath: `${c.path}.securityContext.capabilities.drop` });
            }
            const extra = add.filter((cap) => cap !== RESTRICTED_ADDABLE_CAPABILITY);
            if (extra.length > 0) {
                ctx.report({
                    message: `${label} adds ${extra.map((cap) => showToken(cap)).join(", ")} to ${c.label}; only NET_BIND_SERVICE may be added.`,
                    propertyPath: `${c.path}.securityContext.capabilities.add`,
                });
            }
        }
    },
    remediate(props, ctx) {
        // Adds ALL to the drop list; extra added capabilities are left for the owner to remove.
        for (const c of missingDropAll(ctx.type, props)) {
            const capabilities = ensureObject(ensureObject(c.container, "securityContext"), "capabilities");
            const drop = capabilities.drop;
            if (Array.isArray(drop)) drop.push("ALL");
            else capabilities.drop = ["ALL"];
        }
    },
});
