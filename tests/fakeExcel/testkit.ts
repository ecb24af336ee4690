/** Shared builders for the fake's own tests. */
import type { FakeExcelHost, FakeExcelOptions, SeedCell } from "./index";
import { createFakeExcel } from "./index";

export const ORDERS: SeedCell[][] = [
  ["Order ID", "Owner", "Status", "Amount"],
  ["A-1", "Li", "New", 10],
  ["A-2", "Wang", "Done", 20],
  ["A-3", "Li", "Done", 5],
];

/**
 * A host with an "Orders" sheet seeded from A1, installed as the global Excel/Office/OfficeExtension.
 * These tests pin the all-or-nothing side of `rollbackFailedSync` and the documented payload code (the
 * switches' other sides); strict.test.ts covers the defaults.
 */
export function setup(
  options: FakeExcelOptions = {},
  seed: SeedCell[][] = ORDERS,
): { host: FakeExcelHost; restore: () => void } {
  const host = createFakeExcel({
    ...options,
    strict: {
      rollbackFailedSync: true,
      oversizedRequestCode: "RequestPayloadSizeLimitExceeded",
      ...options.strict,
    },
  });
  host.workbook.addSheet("Orders", seed);
  const restore = host.install();
  return { host, restore };
}

/** Runs a batch and returns the rejection (fails the test when it resolves). */
export async function rejection(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; debugInfo: { statement?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; debugInfo: { statement?: string } };
  }
  throw new Error("expected a rejection");
}
