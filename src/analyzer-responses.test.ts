import fc from "fast-check";
import { analyzeResponse, encodedAnalyzeResponse, type DiagnosticRecord, type NotApplicableRecord } from "./analyzer-responses";
import { analyzerProtocol } from "./analyzer-wire";

/** The not-applicable entries an encoded AnalyzeResponse carries, as the engine decodes them. */
function decodedList(bytes: Buffer): Array<[string, string]> {
    const response = analyzerProtocol().analyzerPb.AnalyzeResponse.deserializeBinary(bytes);
    return response.getNotApplicableList().map((n) => [n.getPolicyName(), n.getReason()]);
}

describe("encodedAnalyzeResponse with a list key", () => {
    const a: NotApplicableRecord = { policyName: "a", reason: "Policy only applies to resources of type 'x'" };
    const b: NotApplicableRecord = { policyName: "b", reason: "not here" };

    test("a key's list is answered as it is each time, also when it changes or its records are new objects", () => {
        const key = `test-type-${Math.random()}`;
        expect(decodedList(encodedAnalyzeResponse([], [a, b], key))).toEqual([["a", a.reason], ["b", "not here"]]);
        // The same content in new records: the same answer.
        expect(decodedList(encodedAnalyzeResponse([], [{ ...a }, { ...b }], key))).toEqual([["a", a.reason], ["b", "not here"]]);
        // A changed reason, a shorter list, another order, an empty list: each answered as given.
        expect(decodedList(encodedAnalyzeResponse([], [a, { policyName: "b", reason: "elsewhere" }], key))).toEqual([["a", a.reason], ["b", "elsewhere"]]);
        expect(decodedList(encodedAnalyzeResponse([], [b], key))).toEqual([["b", "not here"]]);
        expect(decodedList(encodedAnalyzeResponse([], [b, a], key))).toEqual([["b", "not here"], ["a", a.reason]]);
        expect(decodedList(encodedAnalyzeResponse([], [], key))).toEqual([]);
    });

    test("the same bytes as without a key", () => {
        const key = `test-type-${Math.random()}`;
        encodedAnalyzeResponse([], [a], key);
        expect(encodedAnalyzeResponse([], [a, b], key).equals(encodedAnalyzeResponse([], [a, b]))).toBe(true);
    });
});

describe("encodedAnalyzeResponse with diagnostics", () => {
    const { AnalyzeResponse } = analyzerProtocol().analyzerPb;
    /** What the engine decodes of the stubs' own encoding. */
    const stubs = (diagnostics: DiagnosticRecord[], notApplicable: NotApplicableRecord[]) => AnalyzeResponse.deserializeBinary(analyzeResponse(diagnostics, notApplicable).serializeBinary()).toObject();
    const text = fc.oneof(fc.constantFrom("", "a", "b", "a:b", "1:a", "\u0000"), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 12 }), fc.string({ maxLength: 400 }));
    const diagnostic: fc.Arbitrary<DiagnosticRecord> = fc.record(
        {
            policyName: text,
            policyPackName: text,
            policyPackVersion: text,
            description: text,
            message: text,
            enforcementLevel: fc.constantFrom<DiagnosticRecord["enforcementLevel"][]>("advisory", "mandatory", "remediate", "disabled"),
            urn: text,
            severity: fc.constantFrom("low", "medium", "high", "critical"),
        },
        { requiredKeys: ["policyName", "policyPackName", "policyPackVersion", "description", "message", "enforcementLevel"] },
    );
    const record: fc.Arbitrary<NotApplicableRecord> = fc.record({ policyName: text, reason: text }, { requiredKeys: ["policyName"] });

    test("decode to the message the stubs would encode, field for field, in any mix of repeated and new fields", () => {
        fc.assert(
            fc.property(fc.array(diagnostic, { maxLength: 6 }), fc.array(record, { maxLength: 4 }), fc.boolean(), (diagnostics, notApplicable, keyed) => {
                // Diagnostics twice: the second time their fixed parts come from the cache.
                const doubled = [...diagnostics, ...diagnostics.map((d) => ({ ...d }))];
                const bytes = encodedAnalyzeResponse(doubled, notApplicable, keyed ? `prop-${Math.random()}` : undefined);
                expect(AnalyzeResponse.deserializeBinary(bytes).toObject()).toEqual(stubs(doubled, notApplicable));
            }),
            { numRuns: 400 },
        );
    });

    test("a message or URN with lone surrogates decodes as the stubs' own encoding of it does", () => {
        const d: DiagnosticRecord = { policyName: "p", policyPackName: "k", policyPackVersion: "1", description: "d", message: "x\ud800y\udc00z\ud83d\ude00", enforcementLevel: "advisory", urn: "u\udfff" };
        const decoded = AnalyzeResponse.deserializeBinary(encodedAnalyzeResponse([d], [])).toObject();
        expect(decoded).toEqual(stubs([d], []));
    });

    test("a fixed part is its own for each description, level and severity of one policy", () => {
        const base = { policyName: "p", policyPackName: "k", policyPackVersion: "1", message: "m" };
        const variants: DiagnosticRecord[] = [
            { ...base, description: "one", enforcementLevel: "advisory" },
            { ...base, description: "two", enforcementLevel: "advisory" },
            { ...base, description: "two", enforcementLevel: "mandatory" },
            { ...base, description: "two", enforcementLevel: "mandatory", severity: "high" },
            { ...base, description: "one", enforcementLevel: "advisory" },
        ];
        const decoded = AnalyzeResponse.deserializeBinary(encodedAnalyzeResponse(variants, [])).toObject();
        expect(decoded).toEqual(stubs(variants, []));
    });

    test("two policies whose fields run into each other keep their own fixed parts", () => {
        const base = { policyPackVersion: "1", description: "d", message: "m", enforcementLevel: "advisory" as const };
        const pairs: Array<[string, string]> = [["ab", "c"], ["a", "bc"], ["a\u0000b", "c"], ["a", "b\u0000c"], ["1:a", "b"], ["1", ":ab"]];
        const diagnostics = pairs.map(([policyName, policyPackName]): DiagnosticRecord => ({ ...base, policyName, policyPackName }));
        const decoded = AnalyzeResponse.deserializeBinary(encodedAnalyzeResponse(diagnostics, [])).getDiagnosticsList();
        expect(decoded.map((d) => [d.getPolicyname(), d.getPolicypackname()])).toEqual(pairs);
    });
});
