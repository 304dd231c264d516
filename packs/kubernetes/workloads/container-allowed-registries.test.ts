import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-allowed-registries";

const image = (ref: unknown) => ({ containers: [container({ image: ref })] });
const only = (...registries: string[]) => ({ config: { "k8s-container-allowed-registries": { registries } } });

export const cases: RuleCase[] = onShapes([
    {
        name: "Docker Hub image when only the company registry is allowed",
        spec: image("nginx:1.27"),
        options: only("registry.acme.io"),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].image`, messageIncludes: '"docker.io"' }] }),
    },
    { name: "repository prefix does not allow a sibling organisation", spec: image("ghcr.io/evil/api:1"), options: only("ghcr.io/acme"), expect: (p) => ({ violations: [`${p}.containers[0].image`] }) },
    { name: "allowed registry", spec: image("registry.acme.io/team/api:1.0"), options: only("registry.acme.io"), expect: "pass" },
    { name: "allowed repository prefix", spec: image("ghcr.io/acme/api:1"), options: only("ghcr.io/acme"), expect: "pass" },
    { name: "official Docker Hub images through docker.io/library", spec: image("nginx:1.27"), options: only("docker.io/library"), expect: "pass" },
    { name: "empty list allows everything", spec: image("nginx:1.27"), expect: "not-judged" },
    { name: "image unknown during preview", spec: image(unknown()), options: only("registry.acme.io"), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
