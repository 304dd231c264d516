/** Reading container image references (`registry/repository:tag@digest`). */

export interface ImageRef {
    /** Registry host, `docker.io` when the reference names none. */
    readonly registry: string;
    /** Repository path, with `library/` for official Docker Hub images. */
    readonly repository: string;
    readonly tag?: string;
    readonly digest?: string;
}

/** Parses an image reference the way container runtimes do; undefined for a non-string or empty value. */
export function parseImage(image: unknown): ImageRef | undefined {
    if (typeof image !== "string" || image.trim() === "") return undefined;
    let rest = image.trim();
    let digest: string | undefined;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag: string | undefined;
    const colon = rest.lastIndexOf(":");
    if (colon > rest.lastIndexOf("/")) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf("/");
    const first = slash >= 0 ? rest.slice(0, slash) : "";
    const hasRegistry = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
    let registry = hasRegistry ? first.toLowerCase() : "docker.io";
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = "docker.io";
    if (registry === "docker.io" && !repository.includes("/")) repository = `library/${repository}`;
    return { registry, repository, tag: tag || undefined, digest: digest || undefined };
}

/** True when the image comes from one of the allowed registries or repository prefixes (`ghcr.io/acme`). */
export function fromAllowedRegistry(ref: ImageRef, allowed: readonly string[]): boolean {
    const full = `${ref.registry}/${ref.repository}`;
    return allowed.some((entry) => {
        const prefix = entry.trim().replace(/\/+$/, "").toLowerCase().replace(/^(index\.docker\.io|registry-1\.docker\.io)(\/|$)/, "docker.io$2");
        return prefix !== "" && (full.toLowerCase() === prefix || full.toLowerCase().startsWith(`${prefix}/`));
    });
}

const HOSTNAME = /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?$/;

/** The registry as messages show it (hostnames only). */
export function showRegistry(registry: string): string {
    return HOSTNAME.test(registry) ? `"${registry}"` : "an unlisted registry";
}
