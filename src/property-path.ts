/** Property paths as messages show them: `ingress[1].cidrBlocks`. */

/** Formats a property path the way messages show it: `ingress[1].cidrBlocks`. */
export function propertyPath(...segments: ReadonlyArray<string | number>): string {
    let path = "";
    for (const segment of segments) {
        if (typeof segment === "number") path += `[${segment}]`;
        else path += path === "" ? segment : `.${segment}`;
    }
    return path;
}

/** Parses a property path as messages show it (`ingress[1].cidrBlocks`) into segments; undefined if it is not one. */
export function parsePropertyPath(text: string): Array<string | number> | undefined {
    const segments: Array<string | number> = [];
    const pattern = /([^.[\]]+)|\[(\d+)\]/gy;
    let index = 0;
    while (index < text.length) {
        if (text[index] === "." && segments.length > 0) index++;
        pattern.lastIndex = index;
        const match = pattern.exec(text);
        if (!match) return undefined;
        segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
        index = pattern.lastIndex;
    }
    return segments.length > 0 ? segments : undefined;
}
