import fc from "fast-check";
import { formulaReferences, reanchorFormula, reanchorOnSheet } from "./reanchorFormula";

describe("reanchorFormula", () => {
  it("moves relative rows and columns, keeps what $ fixes", () => {
    expect(reanchorFormula("=AND($F3>0,G3<$H$1)", 2, 1)).toBe("=AND($F5>0,H5<$H$1)");
    expect(reanchorFormula("=SUM(A1:B2)", 1, 0)).toBe("=SUM(A2:B3)");
    expect(reanchorFormula("=COUNTIF($A:$A,A3)>1", 4, 0)).toBe("=COUNTIF($A:$A,A7)>1");
  });

  it("leaves strings, function names and defined names alone", () => {
    const formula =
      '=AND(ISNUMBER(SEARCH("A1",$U3)),ISNA(MATCH($S3,OrderFlow_Closed,0)),LOG10(A3)>0,N("OrderFlow")=0)';
    expect(reanchorFormula(formula, 1, 0)).toBe(
      '=AND(ISNUMBER(SEARCH("A1",$U4)),ISNA(MATCH($S4,OrderFlow_Closed,0)),LOG10(A4)>0,N("OrderFlow")=0)',
    );
  });

  it("moves references on named sheets, quoted or not", () => {
    expect(reanchorFormula("='My sheet'!B2+Data!C3", 1, 1)).toBe("='My sheet'!C3+Data!D4");
  });

  it("turns a reference moved off the sheet into #REF!", () => {
    expect(reanchorFormula("=A1>0", -1, 0)).toBe("=#REF!>0");
  });

  it("can point unnamed references at a sheet, and lists what a formula reads", () => {
    expect(reanchorOnSheet("=LEN($S3)>0", 1, 0, "订单 Orders")).toBe("=LEN('订单 Orders'!$S4)>0");
    expect(formulaReferences("=SUM(B2:C4)+X!A1")).toEqual([
      { sheet: undefined, r0: 1, c0: 1, r1: 3, c1: 2 },
      { sheet: "X", r0: 0, c0: 0, r1: 0, c1: 0 },
    ]);
  });
});

describe("reanchorFormula, any formula of references", () => {
  // Formulas built from cell and range references with any mix of $, on this sheet or a named one, far
  // enough from the edges that no move here leaves the sheet (that gives #REF!, tested above).
  const ref = fc
    .tuple(fc.boolean(), fc.integer({ min: 41, max: 80 }), fc.boolean(), fc.integer({ min: 41, max: 500 }))
    .map(([colFixed, col, rowFixed, row]) => {
      let letters = "";
      for (let k = col; k > 0; k = Math.floor((k - 1) / 26))
        letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
      return `${colFixed ? "$" : ""}${letters}${rowFixed ? "$" : ""}${row}`;
    });
  const term = fc.oneof(
    ref,
    fc.tuple(ref, ref).map(([a, b]) => `SUM(${a}:${b})`),
    ref.map((r) => `'My sheet'!${r}`),
    fc.constant('"A1 stays"'),
    fc.constant("OrderFlow_Closed"),
  );
  const formula = fc.array(term, { minLength: 1, maxLength: 5 }).map((terms) => `=AND(${terms.join(",")})`);
  const shift = fc.integer({ min: -20, max: 20 });

  it("moving by a then by b is moving by a + b", () => {
    fc.assert(
      fc.property(formula, shift, shift, shift, shift, (f, dr1, dc1, dr2, dc2) => {
        expect(reanchorFormula(reanchorFormula(f, dr1, dc1), dr2, dc2)).toBe(
          reanchorFormula(f, dr1 + dr2, dc1 + dc2),
        );
      }),
    );
  });

  it("moving there and back gives the formula again", () => {
    fc.assert(
      fc.property(formula, shift, shift, (f, dr, dc) => {
        expect(reanchorFormula(reanchorFormula(f, dr, dc), -dr, -dc)).toBe(f);
      }),
    );
  });
});
