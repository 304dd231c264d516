import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-image-digest";

const DIGEST = "sha256:0f2ee3c4d5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2";
const image = (ref: unknown) => ({ containers: [container({ image: ref })] });

export const cases: RuleCase[] = onShapes([
    { name: "tag only", spec: image("nginx:1.27.1"), expect: (p) => ({ violations: [`${p}.containers[0].image`] }) },
    { name: "tag and digest", spec: image(`nginx:1.27.1@${DIGEST}`), expect: "pass" },
    { name: "digest only", spec: image(`ghcr.io/acme/api@${DIGEST}`), expect: "pass" },
    { name: "image unknown during preview", spec: image(unknown()), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
