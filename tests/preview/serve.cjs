#!/usr/bin/env node
// A tiny static file server for the built preview (dist-preview/), on localhost only, plain http: the
// preview needs no certificates because it is not loaded by Office. Used by `npm run preview` and by the
// e2e runner and the board benchmark (port 0 = any free port).
//
//   node tests/preview/serve.cjs [--port 8080] [--dir dist-preview]
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port). Resolves with the page's URL and a close().
 * Rejects when the port is taken (EADDRINUSE) so a caller can try another.
 */
function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) makes decodeURIComponent throw: answer, do not crash.
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request");
      return;
    }
    let file = path.resolve(root, "." + (pathname.endsWith("/") ? pathname + "index.html" : pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    fs.stat(file, (statError, stat) => {
      if (!statError && stat.isDirectory()) file = path.join(file, "index.html");
      fs.readFile(file, (error, body) => {
        if (error) {
          res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
          return;
        }
        res.writeHead(200, {
          "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
          "Cache-Control": "no-store",
        });
        res.end(body);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        url: `http://localhost:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = option("--dir", path.join(__dirname, "..", "..", "dist-preview"));
  const wanted = Number(option("--port", process.env.PREVIEW_PORT || "8080"));
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(`No preview build in ${dir}: run \`npm run preview\` (it builds first).`);
    process.exit(1);
  }
  let server;
  try {
    server = await serve(dir, wanted);
  } catch (error) {
    if (error.code !== "EADDRINUSE") throw error;
    server = await serve(dir, 0);
    console.log(`Port ${wanted} is busy; using another one.`);
  }
  console.log("");
  console.log(`OrderFlow preview 预览: ${server.url}`);
  console.log(`  ${server.url}?lang=en-US    English pane`);
  console.log(`  ${server.url}?rows=10000    a larger sheet`);
  console.log("Press Ctrl+C to stop. 按 Ctrl+C 停止。");
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { serve };
