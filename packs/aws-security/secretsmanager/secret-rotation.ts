import { defineRule, known, knownOr, recordOf, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/secretsmanager";

const SECRET_TYPE = "aws:secretsmanager/secret:Secret";
const ROTATION_TYPE = "aws:secretsmanager/secretRotation:SecretRotation";

/** What a rotation schedule gives: the longest time between rotations in days, or why it cannot be told. */
type Interval = { readonly days: number } | { readonly problem: "noSchedule" | "scheduleNotJudged" };

const RATE = /^rate\(\s*(\d+)\s+(hours?|days?)\s*\)$/i;
const CRON = /^cron\(([^)]*)\)$/i;
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** The months (1-12) a cron month field fires in; undefined when it cannot be read. */
function cronMonths(field: string): number[] | undefined {
    const months = new Set<number>();
    for (const part of field.split(",")) {
        const [range, stepText] = part.split("/");
        const step = stepText === undefined ? 1 : Number(stepText);
        if (!Number.isInteger(step) || step < 1) return undefined;
        const month = (text: string) => (/^\d+$/.test(text) ? Number(text) : MONTHS.indexOf(text.toUpperCase()) + 1);
        let from: number;
        let to: number;
        if (range === "*" || range === "?") [from, to] = [1, 12];
        else if (range.includes("-")) [from, to] = range.split("-").map(month) as [number, number];
        else [from, to] = [month(range), stepText === undefined ? month(range) : 12];
        if (!(from >= 1 && to <= 12 && from <= to)) return undefined;
        for (let m = from; m <= to; m += step) months.add(m);
    }
    return [...months].sort((a, b) => a - b);
}

/**
 * The longest gap a Secrets Manager cron() schedule (minutes hours day-of-month month
 * day-of-week year) leaves between rotations, as an upper bound in days: the largest gap between
 * the months it fires in, times 31 (so monthly is 31, every second month 62, quarterly 93). A
 * schedule limited to some years, or a field we cannot read, is not judged.
 */
function cronIntervalDays(fields: readonly string[]): number | undefined {
    if (fields.length < 5 || fields.length > 6) return undefined;
    const year = fields[5] ?? "*";
    if (year !== "*") return undefined;
    const months = cronMonths(fields[3]);
    if (months === undefined || months.length === 0) return undefined;
    let gap = 0;
    months.forEach((m, i) => {
        const next = i + 1 < months.length ? months[i + 1] : months[0] + 12;
        gap = Math.max(gap, next - m);
    });
    return gap * 31;
}

/** The interval of one rotation's `rotationRules` (automaticallyAfterDays, or scheduleExpression with rate() or cron()). */
function rotationInterval(rotation: StackResource): Interval {
    const rules = recordOf(recordOf(rotation.props).rotationRules);
    const days = rules.automaticallyAfterDays;
    if (typeof days === "number" && Number.isFinite(days) && days > 0) return { days };
    const expression = rules.scheduleExpression;
    if (typeof expression !== "string" || expression.trim() === "") return { problem: "noSchedule" };
    const text = expression.trim();
    const rate = RATE.exec(text);
    if (rate) {
        const n = Number(rate[1]);
        if (n <= 0) return { problem: "scheduleNotJudged" };
        return { days: rate[2].toLowerCase().startsWith("hour") ? n / 24 : n };
    }
    const cron = CRON.exec(text);
    const bound = cron ? cronIntervalDays(cron[1].trim().split(/\s+/)) : undefined;
    return bound === undefined ? { problem: "scheduleNotJudged" } : { days: bound };
}

/**
 * Every Secrets Manager secret needs automatic rotation: an aws.secretsmanager.SecretRotation
 * whose secretId refers to it (by ARN, which is the secret's ID, or by name) and that is not
 * switched off, with a schedule that rotates at least every `maximumDays`. Rotation is a separate resource, so this is a stack rule joining rotations to
 * secrets (lib/join.ts). Secrets are named only by their Pulumi resource name, never by their
 * secret name or value.
 */
export default defineRule({
    id: "secretsmanager-secret-rotation",
    title: "Secrets Manager secrets rotate automatically",
    description:
        "A credential that never changes stays useful to whoever copied it, from a leaked log line to a former employee. Automatic rotation limits how long a stolen secret works and proves the rotation path works before an incident needs it. The schedule must rotate at least every `maximumDays` (90 by default): automaticallyAfterDays, or a rate() or cron() scheduleExpression; a cron() is judged by its months (every month or every second month passes at 90 days, quarterly does not), and one limited to some years or that cannot be read is reported as not confirmed.",
    severity: "medium",
    service: "secretsmanager",
    frameworks: {
        "aws-fsbp": ["SecretsManager.1", "SecretsManager.4"],
        "nist-800-53-r5": ["AC-2", "AC-3"],
        "pci-dss-4.0": ["8.6.3"],
    },
    tags: ["credentials"],
    remediation:
        "Add an aws.secretsmanager.SecretRotation with `secretId: secret.id`, a rotation function (`rotationLambdaArn`) and `rotationRules: { automaticallyAfterDays: 30 }`. For database credentials, consider letting RDS manage the master password instead.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            maximumDays: { type: "integer", minimum: 1, description: "The longest time allowed between rotations, in days (Security Hub SecretsManager.4 uses 90)." },
        },
    },
    configDefaults: { maximumDays: 90 },
    messages: {
        noRotation: "Secret `{{secret}}` has no SecretRotation, so it is never rotated automatically.",
        rotationOff: "Secret rotation `{{rotation}}` switches automatic rotation off (rotationEnabled: false) for secret `{{secret}}`.",
        tooLong: "Secret rotation `{{rotation}}` rotates secret `{{secret}}` only every {{days}} days, longer than the {{maximumDays}} days allowed.",
        noSchedule: "Secret rotation `{{rotation}}` for secret `{{secret}}` sets no rotationRules.automaticallyAfterDays or scheduleExpression, so its schedule cannot be confirmed.",
        scheduleNotJudged: "Secret rotation `{{rotation}}` for secret `{{secret}}` has a scheduleExpression that could not be confirmed to rotate at least every {{maximumDays}} days (a rate() in days or hours, or a cron() over every year, is judged).",
    },
    examples: {
        violating: [
            {
                description: "a secret that is never rotated",
                resources: [{ type: "aws:secretsmanager/secret:Secret", name: "db-credentials", props: { name: "orders/db-credentials" } }],
            },
        ],
        compliant: [
            {
                description: "a secret rotated every 30 days",
                resources: [
                    { type: "aws:secretsmanager/secret:Secret", name: "db-credentials", props: { name: "orders/db-credentials" } },
                    {
                        type: "aws:secretsmanager/secretRotation:SecretRotation",
                        name: "db-credentials-rotation",
                        props: {
                            secretId: "orders/db-credentials",
                            rotationLambdaArn: "arn:aws:lambda:eu-west-1:111122223333:function:orders-db-rotation",
                            rotationRules: { automaticallyAfterDays: 30 },
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, {
            parentTypes: [SECRET_TYPE],
            parentKeys: ["id", "arn", "name"],
            childTypes: [ROTATION_TYPE],
            childKey: "secretId",
        });
        const maximumDays = ctx.config.maximumDays;
        for (const secret of join.parents) {
            const rotations = join.childrenOf(secret.urn);
            // A rotation whose switch is unknown during preview counts as on.
            const enabled = rotations.filter((r) => knownOr(() => r.props.rotationEnabled, true) !== false);
            if (enabled.length > 0) {
                // Judged per secret: an unknown schedule (preview) leaves this secret "could not judge".
                known(() => {
                    const intervals = enabled.map((rotation) => ({ rotation, interval: rotationInterval(rotation) }));
                    if (intervals.some(({ interval }) => "days" in interval && interval.days <= maximumDays)) return;
                    const { rotation, interval } = intervals[0];
                    const data = { rotation: rotation.name, secret: secret.name, maximumDays };
                    if ("days" in interval) {
                        const days = Math.round(interval.days * 10) / 10;
                        ctx.report({ urn: rotation.urn, messageId: "tooLong", data: { ...data, days }, propertyPath: "rotationRules", fix: `Set \`rotationRules: { automaticallyAfterDays: ${Math.min(30, maximumDays)} }\` or a scheduleExpression that rotates at least every ${maximumDays} days.` });
                    } else {
                        ctx.report({ urn: rotation.urn, messageId: interval.problem, data, propertyPath: "rotationRules" });
                    }
                });
                continue;
            }
            if (rotations.length > 0) {
                ctx.report({
                    urn: rotations[0].urn,
                    messageId: "rotationOff",
                    data: { rotation: rotations[0].name, secret: secret.name },
                    propertyPath: "rotationEnabled",
                    fix: "Remove `rotationEnabled: false` and set `rotationRules`, or rotate the credential some other automated way.",
                });
            } else if (!join.hasUnknownReferences) {
                // A rotation whose secret cannot be told (unknown reference) might be this one's: say nothing.
                ctx.report({ urn: secret.urn, messageId: "noRotation", data: { secret: secret.name } });
            }
        }
    },
});
