// Builds the add-in into dist/: one page, taskpane.html, carrying both entry points (the pane and the
// ribbon functions), because the manifest declares a shared runtime whose page is taskpane.html; there
// is no commands.html. `webpack --mode production` works offline and never touches dev certificates:
// only `webpack serve` asks office-addin-dev-certs for https options.
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** ORDERFLOW_URL (production only) replaces the dev origin in dist/manifest.xml; it must be https. */
function productionBaseUrl() {
  const value = process.env.ORDERFLOW_URL;
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== "https:") throw new Error(`ORDERFLOW_URL must be https, got ${value}`);
  return url.href.replace(/\/+$/, "");
}

function rewriteManifest(content, base) {
  if (!base) return content;
  // URLs (https://localhost:3000/…) move under the base URL, which may have a path; the bare origin
  // in <AppDomain> becomes the base's origin (an AppDomain is an origin, never a path).
  return content
    .toString()
    .split(DEV_ORIGIN + "/")
    .join(base + "/")
    .split(DEV_ORIGIN)
    .join(new URL(base).origin);
}

/**
 * Prints the gzipped size of the JavaScript the task pane page loads first (every chunk of its entry
 * points), so a growing bundle is visible in every build without failing it (performance hints are off).
 */
class PaneSizePlugin {
  constructor(entrypoints) {
    this.entrypoints = entrypoints;
  }
  apply(compiler) {
    let report = "";
    compiler.hooks.thisCompilation.tap("PaneSizePlugin", (compilation) => {
      // Measured at the last processing stage, while the sources are still in memory.
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "PaneSizePlugin", stage }, () => {
        const files = new Set();
        for (const name of this.entrypoints) {
          const entry = compilation.entrypoints.get(name);
          if (entry) for (const file of entry.getFiles()) if (file.endsWith(".js")) files.add(file);
        }
        let gzipped = 0;
        for (const file of files) {
          const asset = compilation.getAsset(file);
          if (asset) gzipped += zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
        }
        report = `pane JS: ${(gzipped / 1024).toFixed(1)} KB gzipped (first load, ${files.size} files)`;
      });
    });
    compiler.hooks.done.tap("PaneSizePlugin", () => {
      if (report) console.log(report);
    });
  }
}

/** https options for the dev server, or null (plain http) with a warning when certificates are unavailable. */
async function devServerHttps() {
  const fallback = (reason) => {
    console.warn(
      [
        "",
        "WARNING: the dev server runs on plain http (not https): the localhost dev certificate is not available:",
        "  " + reason,
        "  Office only loads add-ins over https, so sideloading manifest.xml will fail until you run",
        "  `npx office-addin-dev-certs install` (on Linux it needs sudo) and restart `npm run dev-server`.",
        "  See docs/SIDELOADING.md.",
        "",
      ].join("\n"),
    );
    return null;
  };
  try {
    const devCerts = require("office-addin-dev-certs");
    // On Linux installing the CA runs `sudo … update-ca-certificates`: never trigger that from a build
    // tool; use the certificate only when it was installed already (or the user asks for the install).
    if (
      process.platform === "linux" &&
      process.env.ORDERFLOW_INSTALL_CERTS !== "1" &&
      !devCerts.verifyCertificates()
    ) {
      return fallback(
        "no trusted localhost certificate (set ORDERFLOW_INSTALL_CERTS=1 to let webpack install one)",
      );
    }
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    return fallback(error && error.message ? error.message.split("\n")[0] : String(error));
  }
}

/** The TypeScript rule both builds share. */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // Types are checked by `npm run typecheck`; the build only strips them (fast on 2 cores).
    options: { transpileOnly: true, configFile: "tsconfig.json" },
  },
};

/**
 * `webpack --env preview`: the browser preview (tests/preview) into dist-preview/ — the real pane beside
 * a grid view of the fake Excel workbook. A development and demo tool, never part of the add-in: it has
 * its own output folder and page, and loads no office.js (the fake provides Excel, Office, OfficeExtension).
 */
function previewConfig(dev) {
  return {
    devtool: dev ? "source-map" : false,
    entry: { preview: "./tests/preview/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./tests/preview/preview.html" }),
      // The pane shows the add-in's icon (assets/icon-32.png), as it does in Office.
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    performance: { hints: false },
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (env && env.preview) return previewConfig(dev);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const productionBase = dev ? undefined : productionBaseUrl();

  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      commands: "./src/commands/commands.ts",
      // The pane depends on the commands chunk instead of bundling its own copy of what they share:
      // both run in one page, and the ribbon's notice board must be the very object the pane watches.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "commands" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [typescriptRule],
    },
    optimization: {
      // Two entry points on one page share one webpack runtime (and so one module cache).
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["commands", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content, productionBase),
          },
        ],
      }),
      new PaneSizePlugin(["commands", "taskpane"]),
    ],
    performance: { hints: false },
  };

  if (serving) {
    const https = await devServerHttps();
    config.devServer = {
      // Only this machine: the dev server serves unminified sources with CORS open to any origin.
      host: "localhost",
      port: PORT,
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
    };
  }
  return config;
};
