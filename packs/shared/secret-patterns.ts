/**
 * Finding hard-coded credentials in text that rules judge: EC2 user data, Lambda, ECS and
 * CodeBuild environment variables, repository URLs. A finding says which kind of credential
 * and where (an offset and a line), never the matched text, so that nothing a rule reports can
 * carry the credential on.
 *
 * Two detectors:
 * - secretlint's recommended preset (`@secretlint/secretlint-rule-preset-recommend`, maintained
 *   upstream): AWS access key IDs and secret access keys, private keys, passwords in URLs,
 *   database connection strings, GCP service-account keys and the token formats of GitHub,
 *   GitLab, Slack, npm, Stripe, OpenAI and others. It is loaded on the first scan, not when a
 *   pack starts (it is a few hundred kilobytes of patterns).
 * - a name-based check for assignments: a variable whose name says it holds a credential
 *   (`DB_PASSWORD`, `API_KEY`, `GITHUB_TOKEN`, ...) given a literal value that is not a
 *   reference to a secret store. The name list follows what peers use for the same checks:
 *   Trivy's sensitive-attribute tokens (password, secret, private_key, aws_access_key_id,
 *   aws_secret_access_key, token, api_key; names ending in token_type or version excluded),
 *   detect-secrets' keyword detector as checkov uses it (passwd, pwd, access key, secret key),
 *   and the keys AWS's own managed rules name (Security Hub ECS.8: AWS_ACCESS_KEY_ID,
 *   AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA; CodeBuild.2: the first two).
 */

/** One credential found: what kind, and where. Never the matched text. */
export interface CredentialFinding {
    /** What was found, in words ("AWS secret access key", "password in a URL", ...). */
    readonly kind: string;
    /** Which detector found it: a secretlint rule id, or `credential-name` for the name-based check. */
    readonly detector: string;
    /** Offset of the match in the scanned text (UTF-16 code units). */
    readonly offset: number;
    /** 1-based line of the match in the scanned text. */
    readonly line: number;
}

/** The kind given to a credential-named variable with a literal value. */
export const CREDENTIAL_NAME_KIND = "hard-coded credential";
const NAME_DETECTOR = "credential-name";

/** Kinds in words with their article: ["AWS access key ID", "private key"] → "an AWS access key ID and a private key". */
export function describeKinds(kinds: readonly string[]): string {
    const words = kinds.map((kind) => `${/^(?:[aeiouAEIOU]|npm\b)/.test(kind) ? "an" : "a"} ${kind}`);
    return words.length <= 2 ? words.join(" and ") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

// ---------------------------------------------------------------- secretlint, loaded lazily

interface LintMessage {
    readonly ruleId: string;
    readonly messageId?: string;
    readonly range: readonly [number, number];
}
interface Secretlint {
    lintSource(options: unknown): Promise<{ readonly messages: readonly LintMessage[] }>;
}
interface Loaded {
    readonly core: Secretlint;
    readonly config: unknown;
}

const PRESET_ID = "@secretlint/secretlint-rule-preset-recommend";
let loaded: Loaded | undefined;

/**
 * secretlint's core and preset, required on first use. Both are ES modules, which Node (20.19+,
 * 22) loads through `require`. The require is Node's own, reached through
 * `process.getBuiltinModule`: test runners such as jest replace `require` (and `node:module`)
 * with a loader that cannot load ES modules.
 */
function secretlint(): Loaded {
    if (loaded) return loaded;
    const { createRequire } =
        process.getBuiltinModule?.("node:module") ??
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node before 20.16 has no getBuiltinModule
        (require("node:module") as { createRequire(path: string): NodeJS.Require });
    const load = createRequire(__filename);
    const core = load("@secretlint/core") as Secretlint;
    silenceProfiler(createRequire(load.resolve("@secretlint/core")));
    const preset = load(PRESET_ID) as { creator: unknown };
    const config = {
        rules: [
            {
                id: PRESET_ID,
                rule: preset.creator,
                // An access key ID alone is a credential half worth reporting (ECS.8 and CodeBuild.2 name it).
                rules: [{ id: "@secretlint/secretlint-rule-aws", options: { enableIDScanRule: true } }],
            },
        ],
    };
    loaded = { core, config };
    return loaded;
}

/**
 * secretlint's core marks the start and end of every scan and rule on a process-wide profiler,
 * which keeps every mark and searches them all at each end mark (and leaves them in Node's
 * performance timeline): a scan per resource made a 20k-resource check quadratic (23 s, most of
 * it there). Nothing reads those measures, so the shared instance — the one core imported,
 * reached from core's own location — is told to mark nothing.
 */
function silenceProfiler(fromCore: NodeJS.Require): void {
    const { secretLintProfiler } = fromCore("@secretlint/profiler") as { secretLintProfiler?: { mark?: unknown } };
    if (secretLintProfiler && typeof secretLintProfiler.mark === "function") secretLintProfiler.mark = () => undefined;
}

/** Words for each secretlint rule (by the rule's short name), and for the messages that need finer ones. */
const RULE_KINDS: Readonly<Record<string, string>> = {
    aws: "AWS credential",
    gcp: "GCP service account key",
    privatekey: "private key",
    basicauth: "password in a URL",
    "database-connection-string": "database connection string with a password",
    github: "GitHub token",
    gitlab: "GitLab token",
    slack: "Slack token",
    npm: "npm token",
    openai: "OpenAI API key",
    anthropic: "Anthropic API key",
    groq: "Groq API key",
    huggingface: "Hugging Face token",
    linear: "Linear API key",
    notion: "Notion token",
    sendgrid: "SendGrid API key",
    shopify: "Shopify token",
    stripe: "Stripe key",
    grafana: "Grafana token",
    "1password": "1Password token",
    "hashicorp-vault": "Vault token",
    vercel: "Vercel token",
    databricks: "Databricks token",
    docker: "Docker registry credential",
    figma: "Figma token",
    cloudflare: "Cloudflare API token",
    tailscale: "Tailscale key",
};
const MESSAGE_KINDS: Readonly<Record<string, string>> = {
    AWSSecretAccessKey: "AWS secret access key",
    AWSAccessKeyID: "AWS access key ID",
    IncomingWebhook: "Slack webhook URL",
};
/** secretlint messages that are not credentials. */
const NOT_CREDENTIALS: ReadonlySet<string> = new Set(["AWSAccountID"]);

function kindOf(message: LintMessage): string {
    const byMessage = message.messageId !== undefined ? MESSAGE_KINDS[message.messageId] : undefined;
    if (byMessage) return byMessage;
    const short = message.ruleId.replace(/^@secretlint\/secretlint-rule-/, "");
    return RULE_KINDS[short] ?? `${short} credential`;
}

/**
 * AWS's documentation example keys, which secretlint deliberately ignores. Written into a real
 * configuration they are still a credential-shaped value where none belongs (and the test suites
 * of checkov, Trivy and KICS use them as their bad cases), so they are reported too.
 */
const AWS_EXAMPLE_KEYS: ReadonlyArray<{ readonly text: string; readonly kind: string }> = [
    { text: "AKIAIOSFODNN7EXAMPLE", kind: "AWS access key ID" },
    { text: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", kind: "AWS secret access key" },
];

// ---------------------------------------------------------------- credential names

/**
 * Name fragments (lower case, words joined by `_`) that say a variable holds a credential.
 * `pwd` counts only as a whole word, since the shell's own PWD holds the working directory.
 */
const CREDENTIAL_FRAGMENTS = ["password", "passwd", "passphrase", "secret", "token", "api_key", "apikey", "private_key", "privatekey", "access_key", "accesskey", "auth_data"];
/** Names AWS's managed rules report whatever their value (Security Hub ECS.8, CodeBuild.2). */
export const AWS_CREDENTIAL_NAMES: ReadonlySet<string> = new Set(["aws_access_key_id", "aws_secret_access_key", "ecs_engine_auth_data"]);
/**
 * Last words that make a credential-named variable hold something about the credential rather
 * than the credential: where it is stored (`DB_PASSWORD_ARN`, `SECRET_NAME`), how it is used
 * (`TOKEN_TTL`, `TOKEN_TYPE`) or a switch (`PASSWORD_AUTH_ENABLED`). Trivy excludes names ending
 * in token_type and version; the rest are the common metadata suffixes.
 */
const METADATA_SUFFIXES: ReadonlySet<string> = new Set([
    "arn", "name", "id", "path", "file", "dir", "url", "uri", "endpoint", "host", "region", "type", "version", "ttl", "expiry", "expires",
    "expiration", "lifetime", "duration", "timeout", "length", "len", "size", "min", "max", "count", "enabled", "disabled", "enable", "required",
    "policy", "rotation", "header", "location", "provider", "mode", "format", "algorithm", "audience", "issuer", "prefix", "suffix", "key_id",
]);

/** Words that contain a fragment but name no credential (`MAX_TOKENS`, `TOKENIZER_PATH`). */
const NOT_CREDENTIAL_WORDS: ReadonlySet<string> = new Set(["tokens", "tokenizer", "tokenize", "tokenized", "tokenization", "secretary"]);

/** `dbPassword`, `DB-PASSWORD`, `db.password` → `db_password`. */
function normalizeName(name: string): string {
    return name
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "");
}

/** True when a variable's name says it holds a credential (see CREDENTIAL_FRAGMENTS). */
export function isCredentialName(name: string): boolean {
    const n = normalizeName(name);
    if (n === "") return false;
    if (AWS_CREDENTIAL_NAMES.has(n) || n.includes("access_key_id") || n.includes("secret_access_key")) return true;
    const words = n.split("_");
    const last = words[words.length - 1];
    if (METADATA_SUFFIXES.has(last) || METADATA_SUFFIXES.has(words.slice(-2).join("_"))) return false;
    if (words.includes("pwd") && n !== "pwd" && n !== "oldpwd") return true;
    const judged = words.some((w) => NOT_CREDENTIAL_WORDS.has(w)) ? words.filter((w) => !NOT_CREDENTIAL_WORDS.has(w)).join("_") : n;
    return CREDENTIAL_FRAGMENTS.some((fragment) => judged.includes(fragment));
}

/** True for a name AWS's managed rules report whatever its value (ECS.8 / CodeBuild.2 keys). */
export function isAwsCredentialName(name: string): boolean {
    return AWS_CREDENTIAL_NAMES.has(normalizeName(name));
}

const AWS_NAME_KINDS: Readonly<Record<string, string>> = {
    aws_access_key_id: "AWS access key ID",
    aws_secret_access_key: "AWS secret access key",
    ecs_engine_auth_data: "private registry credential",
};

/** The kind of credential an AWS credential name (see isAwsCredentialName) holds, or undefined for any other name. */
export function awsCredentialKind(name: string): string | undefined {
    return AWS_NAME_KINDS[normalizeName(name)];
}

const SECRET_STORE_ARN = /^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):/i;
const NOT_A_VALUE = /^(?:true|false|yes|no|on|off|null|none|nil|undefined)$/i;

/**
 * True when a value refers to a credential kept elsewhere, or is no value at all: empty; a
 * Secrets Manager, SSM Parameter Store or KMS ARN; a placeholder filled in later (`${...}`,
 * `$VAR`, `$(command)`, `{{resolve:...}}` and other `{{...}}` templates, `<...>`); a masked
 * value (`****`); or a flag word (true, false, none, ...).
 */
export function isReferenceValue(value: string): boolean {
    const v = value.trim();
    if (v === "") return true;
    if (v.startsWith("$") || v.startsWith("{{") || v.startsWith("%{")) return true;
    if (v.startsWith("<") && v.endsWith(">")) return true;
    if (/^\*+$/.test(v)) return true;
    return SECRET_STORE_ARN.test(v) || NOT_A_VALUE.test(v);
}

/** True when a variable is credential-named and holds a literal value (see isCredentialName, isReferenceValue). */
export function isCredentialAssignment(name: string, value: string): boolean {
    return isCredentialName(name) && !isReferenceValue(value);
}

/**
 * `NAME=value` and `name: value` assignments in free text (shell scripts, cloud-config, JSON,
 * .env files, command lines): an optional `export`/`set`/`ENV`/`--`, the name (optionally quoted), `=` or `:`, and
 * the value, quoted or up to the next blank or shell separator. Compiled once. Comment lines
 * (`#`, `//`) are not judged by name: they hold prose ("# set the password: see the wiki").
 */
const ASSIGNMENT =
    /(?:^|[\s;&|({,-])(?:(?:export|set|setx|ENV|declare(?:\s+-x)?)\s+|\$env:)?\\?["']?([A-Za-z_][A-Za-z0-9_.-]*)\\?["']?[ \t]*(?:=|:(?![\\/]))[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|\\"(?:[^"\\\n]|\\[^"])*\\"|[^\s"'#;&|,}]+)/gm;

/** An unquoted value that opens a structure, or holds no letter or digit. */
const STRUCTURE_START = /^(?:[[{>]|[^"'A-Za-z0-9]+$)/;

/** The start of a line up to a match, when the line is a comment. */
const COMMENT_LINE = /^\s*(?:#|\/\/)/;

function unquote(raw: string): string {
    if (raw.startsWith('\\"') && raw.endsWith('\\"') && raw.length >= 4) return raw.slice(2, -2);
    if ((raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'"))) return raw.length >= 2 ? raw.slice(1, -1) : "";
    return raw;
}

/** Credential-named assignments with literal values in free text. */
export function findCredentialAssignments(text: string): CredentialFinding[] {
    const found: CredentialFinding[] = [];
    const lines = lineStarts(text);
    for (const match of text.matchAll(ASSIGNMENT)) {
        const [whole, name, rawValue] = match;
        // A YAML or JSON structure (`chpasswd: { expire: false }`) is not a value.
        if (STRUCTURE_START.test(rawValue)) continue;
        if (!isCredentialAssignment(name, unquote(rawValue))) continue;
        const offset = (match.index ?? 0) + whole.indexOf(name);
        const line = lineAt(lines, offset);
        if (COMMENT_LINE.test(text.slice(lines[line - 1], offset))) continue;
        found.push({ kind: CREDENTIAL_NAME_KIND, detector: NAME_DETECTOR, offset, line });
    }
    return found;
}

// ---------------------------------------------------------------- scanning

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
    }
    return lo + 1;
}

/** Options of findCredentials. */
export interface ScanOptions {
    /** Also report credential-named assignments with literal values (default true). */
    readonly assignments?: boolean;
}

/**
 * The credentials in `text`, in order of offset: secretlint's findings, AWS's documentation
 * example keys, and (unless `assignments: false`) credential-named assignments. Findings on
 * the same line as a more specific one are dropped, so `AWS_SECRET_ACCESS_KEY=...` is one
 * finding, an "AWS secret access key".
 */
export async function findCredentials(text: string, options: ScanOptions = {}): Promise<CredentialFinding[]> {
    if (typeof text !== "string" || text.trim() === "") return [];
    const lines = lineStarts(text);
    const { core, config } = secretlint();
    const result = await core.lintSource({
        source: { filePath: "/input.txt", content: text, ext: ".txt", contentType: "text" },
        options: { config, maskSecrets: true },
    });
    const specific: CredentialFinding[] = [];
    for (const message of result.messages) {
        if (message.messageId !== undefined && NOT_CREDENTIALS.has(message.messageId)) continue;
        const offset = message.range[0];
        specific.push({ kind: kindOf(message), detector: message.ruleId, offset, line: lineAt(lines, offset) });
    }
    for (const example of AWS_EXAMPLE_KEYS) {
        for (let at = text.indexOf(example.text); at >= 0; at = text.indexOf(example.text, at + 1)) {
            specific.push({ kind: example.kind, detector: "aws-example-key", offset: at, line: lineAt(lines, at) });
        }
    }
    const taken = new Set(specific.map((f) => f.line));
    const general = options.assignments === false ? [] : findCredentialAssignments(text).filter((f) => !taken.has(f.line));
    return [...specific, ...general].sort((a, b) => a.offset - b.offset);
}

/** One environment variable, as a rule reads it. */
export interface EnvironmentEntry {
    readonly name: string;
    readonly value: string;
}

/** What is wrong with one variable: the kinds of credential found in it (first the most specific). */
export interface EntryFinding {
    /** The variable's position in the list given. */
    readonly index: number;
    /** Kinds found, without repeats. */
    readonly kinds: readonly string[];
}

/**
 * Judges environment variables: each is credential-named with a literal value, or holds a value
 * secretlint recognises (scanned as `NAME=value`, so name-anchored patterns such as
 * `AWS_SECRET_ACCESS_KEY=...` apply). One scan for the whole list. Variables with nothing found
 * are left out.
 */
export async function findEnvironmentCredentials(entries: readonly EnvironmentEntry[]): Promise<EntryFinding[]> {
    if (entries.length === 0) return [];
    const starts: number[] = [];
    let text = "";
    for (const entry of entries) {
        starts.push(text.length);
        // Values on one line each: a newline inside a value (a PEM key) stays inside its range.
        text += `${entry.name}=${entry.value}\n`;
    }
    const found = await findCredentials(text, { assignments: false });
    const kinds = entries.map(() => [] as string[]);
    for (const finding of found) {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= finding.offset) lo = mid;
            else hi = mid - 1;
        }
        if (!kinds[lo].includes(finding.kind)) kinds[lo].push(finding.kind);
    }
    entries.forEach((entry, index) => {
        if (isCredentialAssignment(entry.name, entry.value) && kinds[index].length === 0) kinds[index].push(CREDENTIAL_NAME_KIND);
    });
    return kinds.flatMap((k, index) => (k.length > 0 ? [{ index, kinds: k }] : []));
}

// ---------------------------------------------------------------- encoded text

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Decoded user data is at most this large (cloud-init's own limit is 16 KiB encoded; gzip may expand it). */
const MAX_DECODED = 1 << 20;

/**
 * What text a user-data value holds, decoded: base64 (as `userDataBase64` and launch template
 * `userData` are), and gzip inside it (cloud-init's compressed user data, found by the gzip
 * magic bytes). Returns the decoded text, or undefined when `value` is not base64 of text.
 */
export function decodeUserData(value: string): string | undefined {
    const compact = value.replace(/\s+/g, "");
    if (compact.length < 8 || compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
    let bytes: Buffer = Buffer.from(compact, "base64");
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        try {
            const { gunzipSync } =
                process.getBuiltinModule?.("node:zlib") ??
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node before 20.16 has no getBuiltinModule
                (require("node:zlib") as { gunzipSync(data: Buffer, options: { maxOutputLength: number }): Buffer });
            bytes = gunzipSync(bytes, { maxOutputLength: MAX_DECODED });
        } catch {
            return undefined;
        }
    }
    const text = bytes.toString("utf8");
    // Binary that is not text (an image, a key in DER) decodes to replacement characters and controls.
    let odd = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) odd++;
    }
    return odd > text.length / 20 ? undefined : text;
}

// ---------------------------------------------------------------- URLs

/** Token formats a URL's user name may hold (GitHub, GitLab, Bitbucket app passwords and access tokens, Slack). */
const TOKEN_PREFIX = /^(?:gh[pousr]_|github_pat_|glpat-|gldt-|ATBB|ATCTT|xox[abpors]-)/;

/**
 * What the user-info part of a URL (`scheme://user:password@host/...`) carries: a password
 * (any non-empty text after the colon), a token (a user name in a token format, or a long
 * mixed run of letters and digits, as `https://<token>@github.com/...`), or nothing.
 */
export function urlCredential(url: string): "password" | "token" | undefined {
    const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url.trim());
    if (!scheme) return undefined;
    const rest = url.trim().slice(scheme[0].length);
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const at = authority.lastIndexOf("@");
    if (at < 0) return undefined;
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(":");
    if (colon >= 0) return userinfo.slice(colon + 1) !== "" ? "password" : undefined;
    const user = decodeURIComponentSafe(userinfo);
    if (TOKEN_PREFIX.test(user)) return "token";
    if (user.length >= 20 && /^[A-Za-z0-9_-]+$/.test(user) && /[A-Za-z]/.test(user) && /\d/.test(user)) return "token";
    return undefined;
}

function decodeURIComponentSafe(text: string): string {
    try {
        return decodeURIComponent(text);
    } catch {
        return text;
    }
}
