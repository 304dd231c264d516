import { encodedAnalyzeResponse, type NotApplicableRecord } from "./analyzer-responses";
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
