import { parseSourcePosition } from "./source-position";

test.each([
    ["project:///index.ts#8,14", { file: "index.ts", line: 8, column: 14 }],
    ["project:///src/network/vpc.ts#120", { file: "src/network/vpc.ts", line: 120 }],
    ["project:///../.venv/lib/python3.11/site-packages/pulumi_github/team_members.py#245", { file: "../.venv/lib/python3.11/site-packages/pulumi_github/team_members.py", line: 245 }],
    ["project:///my%20app/index.ts#3,1", { file: "my app/index.ts", line: 3, column: 1 }],
    ["file:///home/dana/infra/index.ts#4,3", { file: "/home/dana/infra/index.ts", line: 4, column: 3 }],
])("%s", (text, expected) => {
    expect(parseSourcePosition(text)).toEqual(expected);
});

test.each([undefined, "", 42, "index.ts:8", "project:///index.ts", "project:///index.ts#0", "project:///index.ts#eight", "https://example.com/index.ts#8", "project:///#8"])(
    "not a source position: %p",
    (value) => {
        expect(parseSourcePosition(value)).toBeUndefined();
    },
);
