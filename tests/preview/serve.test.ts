// The preview's static server answers bad requests instead of crashing (issue 11: `/%E0%A4%A`).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { serve } from "./serve.cjs";

function status(url: string): Promise<{ code: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ code: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

describe("the preview server", () => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "orderflow-serve-"));
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>preview</title>");
    server = await serve(dir, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 400 to a malformed percent-escape and keeps serving", async () => {
    expect(await status(`${server.url}%E0%A4%A`)).toMatchObject({ code: 400, body: "bad request" });
    expect(await status(server.url)).toMatchObject({ code: 200, body: expect.stringContaining("preview") });
  });

  it("refuses a path that climbs out of its folder", async () => {
    expect((await status(`${server.url}..%2F..%2Fetc%2Fpasswd`)).code).toBe(403);
  });

  it("answers 404 for a file that does not exist", async () => {
    expect((await status(`${server.url}missing.js`)).code).toBe(404);
  });
});
