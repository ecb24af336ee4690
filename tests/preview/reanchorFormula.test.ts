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
