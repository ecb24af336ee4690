// `npm run bench:board`: the board's first render with 10,000 orders, in Chromium, on the preview.
// Each run opens a fresh page with `rows=10000&setup=1` (the sample sheet, set up, the team saved),
// then clicks the Board tab and measures, inside the page, from the click to the first frame painted
// after the board's cards are in the DOM (a MutationObserver sees the cards, then requestAnimationFrame
// plus a task marks the frame as presented). Then it scrolls the fullest lane for 60 frames and takes
// the time between frames, and what each frame cost the page's main thread (Chromium's script, style
// and layout time over the scroll, from the DevTools protocol's Performance metrics, divided by the frames): the time
// between frames can not go below the display's refresh interval (16.7 ms at 60 Hz, what an empty page
// measures here), so the work per frame is what says whether a frame fits. Prints every run and the
// medians; aims: under 300 ms, under 16 ms a frame.
// A benchmark, not a test: it never fails on time.
//
//   npm run bench:board                     5 runs, 10,000 orders
//   BENCH_ROWS=50000 BENCH_RUNS=3 npm run bench:board
//   npm run bench:board -- --no-build       reuse dist-preview/
import { launchChromium } from "./chromium";
import { PreviewPage } from "./harness";
import { buildPreview, servePreview } from "./previewBuild";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const AIM_MS = 300;
const AIM_FRAME_MS = 16;
const SCROLL_FRAMES = 60;

interface BoardRun {
  readonly ms: number;
  readonly cards: number;
  readonly lanes: number;
}

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build")) buildPreview();
  const server = await servePreview();
  const browser = await launchChromium();
  const runs: BoardRun[] = [];
  const warmRuns: BoardRun[] = [];
  const frames: number[] = [];
  const work: number[] = [];
  const idles: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
      // tsx (esbuild, keepNames) wraps named functions in `__name(...)`; measureBoard runs in the page,
      // which has no such helper.
      await context.addInitScript("window.__name = (fn) => fn;");
      const page = await context.newPage();
      const setupStart = Date.now();
      await new PreviewPage(page).open(server.url, `rows=${ROWS}&setup=1`, 300_000);
      // The pane opens on Home; let it settle (its first read of the orders) before the click.
      await page.locator("#pane").getByRole("tab", { name: "看板" }).waitFor({ timeout: 120_000 });
      await page.waitForTimeout(500);
      const setupSeconds = (Date.now() - setupStart) / 1000;

      const run = await page.evaluate(measureBoard, 120_000);
      // Again with the board's code loaded: Home, then Board once more.
      await page.locator("#pane").getByRole("tab", { name: "首页" }).click();
      await page.locator("#pane section[aria-label*='，'] button").first().waitFor({ state: "detached" });
      await page.waitForTimeout(300);
      const warm = await page.evaluate(measureBoard, 120_000);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      // Script, style and layout are the main thread's; TaskDuration would add the raster threads'.
      const taskTime = async (): Promise<number> => {
        const { metrics } = await cdp.send("Performance.getMetrics");
        const seconds = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
        return (
          (seconds("ScriptDuration") + seconds("RecalcStyleDuration") + seconds("LayoutDuration")) * 1000
        );
      };
      // The same page left still: the time between its frames is the floor (the refresh interval).
      const idle = await page.evaluate(measureLaneScroll, { count: SCROLL_FRAMES, step: 0 });
      idles.push(idle);
      const taskBefore = await taskTime();
      const frame = await page.evaluate(measureLaneScroll, { count: SCROLL_FRAMES, step: 240 });
      const perFrame = (await taskTime()) - taskBefore;
      frames.push(frame);
      work.push(perFrame / SCROLL_FRAMES);
      await context.close();
      runs.push(run);
      warmRuns.push(warm);
      console.log(
        `run ${i + 1}: board first render ${run.ms.toFixed(0)} ms, again ${warm.ms.toFixed(0)} ms (${run.lanes} lanes, ${run.cards} cards in the DOM; page + setup ${setupSeconds.toFixed(1)} s); lane scroll median ${frame.toFixed(1)} ms/frame (still: ${idle.toFixed(1)}), main-thread work ${(perFrame / SCROLL_FRAMES).toFixed(1)} ms/frame`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (list: readonly BoardRun[]): number => {
    const sorted = list.map((r) => r.ms).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  };
  const first = median(runs);
  console.log(
    `Board first render, ${ROWS.toLocaleString("en-US")} orders, Chromium (median of ${runs.length}): ${first.toFixed(0)} ms — aim under ${AIM_MS} ms${first < AIM_MS ? " ✓" : " ✗ over the aim"}`,
  );
  const frameMedian = [...frames].sort((a, b) => a - b)[Math.floor(frames.length / 2)] ?? NaN;
  const idleMedian = [...idles].sort((a, b) => a - b)[Math.floor(idles.length / 2)] ?? NaN;
  console.log(
    `Lane scroll, ${ROWS.toLocaleString("en-US")} orders (median of ${frames.length} runs' medians): ${frameMedian.toFixed(1)} ms a frame — aim under ${AIM_FRAME_MS} ms${frameMedian < AIM_FRAME_MS ? " ✓" : " ✗ over the aim"} (the page left still: ${idleMedian.toFixed(1)} ms, the refresh interval, below which no frame comes)`,
  );
  const workMedian = [...work].sort((a, b) => a - b)[Math.floor(work.length / 2)] ?? NaN;
  const spread = (list: readonly number[]): string =>
    `${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}`;
  console.log(
    `  main-thread work per scroll frame (median of ${work.length}): ${workMedian.toFixed(1)} ms — aim under ${AIM_FRAME_MS} ms${workMedian < AIM_FRAME_MS ? " ✓" : " ✗ over the aim"}; spread: frames ${spread(frames)} ms, work ${spread(work)} ms`,
  );
  console.log(
    `  (the pane fetches the board's lazy chunk and renders a 40-card board out of sight once when idle, so its styles are in place; opening the board again: ${median(warmRuns).toFixed(0)} ms)`,
  );
}

/**
 * Runs in the page: scrolls the board lane holding the most cards down by `step` px a frame for `count`
 * frames and returns the median time between frames (what a person sees as smoothness); with step 0
 * the lane stays still and the median is the page's refresh interval.
 */
function measureLaneScroll({ count, step: distance }: { count: number; step: number }): Promise<number> {
  const pane = document.getElementById("pane");
  const scrollers = [
    ...(pane?.querySelectorAll<HTMLElement>("section[aria-label*='，'] > div") ?? []),
  ].filter((el) => el.scrollHeight > el.clientHeight);
  const lane = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  if (!lane) return Promise.reject(new Error("no scrollable lane"));
  return new Promise((resolve) => {
    const gaps: number[] = [];
    let last = performance.now();
    const step = (): void => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (gaps.length > count) {
        const sorted = gaps.slice(1).sort((a, b) => a - b);
        resolve(sorted[Math.floor(sorted.length / 2)] ?? NaN);
        return;
      }
      lane.scrollTop += distance;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Runs in the page: click Board, wait for cards, wait for the frame that shows them. */
function measureBoard(timeoutMs: number): Promise<BoardRun> {
  const pane = document.getElementById("pane");
  const tab = [...(pane?.querySelectorAll('[role="tab"]') ?? [])].find((t) =>
    t.textContent?.includes("看板"),
  );
  if (!pane || !(tab instanceof HTMLElement)) return Promise.reject(new Error("no Board tab in the pane"));
  const lanes = (): number => pane.querySelectorAll('section[aria-label*="，"]').length;
  const cards = (): number =>
    pane.querySelectorAll('section[aria-label*="，"] button[aria-label^="订单 "]').length;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no board cards after ${timeoutMs} ms`));
    }, timeoutMs);
    const rendered = (): void => {
      if (cards() === 0) return;
      observer.disconnect();
      clearTimeout(timer);
      // The frame that paints the board: the next animation frame, then a task after it.
      requestAnimationFrame(() =>
        setTimeout(() => resolve({ ms: performance.now() - start, cards: cards(), lanes: lanes() }), 0),
      );
    };
    const observer = new MutationObserver(rendered);
    observer.observe(pane, { childList: true, subtree: true });
    tab.click();
    rendered();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
