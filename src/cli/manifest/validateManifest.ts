import type { Element } from "@xmldom/xmldom";
import { DOMParser } from "@xmldom/xmldom";
import type { MessageParams } from "../../core/i18n/translate";
import { checkManifestSchema } from "./checkManifestSchema";
import type { ManifestProblem, ManifestProblemKind } from "./manifestProblem";
import { manifestProblem } from "./manifestProblem";
import type { ResourceSection } from "./manifestRules";
import {
  BASE_ICON_SIZE,
  REQUIRED_RIBBON_ICON_SIZES,
  REQUIRED_SETS,
  RESID_SECTION_BY_ELEMENT,
} from "./manifestRules";
/** What a PNG file on disk turned out to be. */
export type ImageProbe =
  { readonly kind: "png"; readonly width: number; readonly height: number } | { readonly kind: "missing" };

/** What the validator needs from outside the XML; `readManifestEnvironment` gives the real one. */
export interface ManifestEnvironment {
  /** The PNG at a path relative to the manifest's folder (`assets/icon-16.png`). */
  readonly probeImage: (relativePath: string) => ImageProbe;
  /** Names registered with `Office.actions.associate("<name>", …)` in src/commands. */
  readonly associatedFunctions: ReadonlySet<string>;
}

export interface ManifestReport {
  readonly problems: readonly ManifestProblem[];
  /** How many hand-written checks ran after the schema (reported by the command when there is no problem). */
  readonly checks: number;
}

const SIZE_IN_NAME = /-(\d+)\.png$/i;

/**
 * Checks an Excel task-pane XML manifest offline: first against Microsoft's manifest schemas
 * (checkManifestSchema), then by hand what a schema can not say: resid cross-references, icon files
 * and pixel sizes, https and same-origin URLs, ribbon functions registered in code, and OrderFlow's
 * requirement sets and shared runtime. Collects every problem, in line order.
 */
export async function validateManifest(
  xml: string,
  env: ManifestEnvironment,
  fileName = "manifest.xml",
): Promise<ManifestReport> {
  const schemaProblems = await checkManifestSchema(xml, fileName);
  if (schemaProblems.some((p) => p.kind === "notWellFormed")) return { problems: schemaProblems, checks: 0 };
  const run = new ValidationRun(env);
  run.validate(xml);
  const byLine = (p: ManifestProblem): number => p.line ?? Number.MAX_SAFE_INTEGER;
  const problems = [...schemaProblems, ...run.problems].sort((a, b) => byLine(a) - byLine(b));
  return { problems, checks: run.checks };
}

function elementChildren(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) out.push(node as Element);
  }
  return out;
}

function descendants(root: Element, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (const child of elementChildren(el)) {
      if (child.localName === localName) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

function child(parent: Element | undefined, localName: string): Element | undefined {
  return parent === undefined ? undefined : elementChildren(parent).find((c) => c.localName === localName);
}

function xsiType(el: Element): string {
  return el.getAttribute("xsi:type") ?? "";
}

/** A readable path such as `OfficeApp/VersionOverrides/…/Control#OrderFlow.ShowPane`. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (
    let node: Element | null = el;
    node !== null;
    node = node.parentNode?.nodeType === el.ELEMENT_NODE ? (node.parentNode as Element) : null
  ) {
    const id = node.getAttribute("id");
    parts.unshift(id ? `${node.localName}#${id}` : (node.localName ?? node.nodeName));
  }
  return parts.join("/");
}

interface UrlUse {
  readonly url: string;
  readonly el: Element;
  /** The icon size the manifest promises for this URL, if it is an image. */
  readonly expectedSizes: readonly number[];
  readonly isIcon: boolean;
}

class ValidationRun {
  readonly problems: ManifestProblem[] = [];
  checks = 0;
  private readonly resources = new Map<string, { section: ResourceSection; el: Element }>();

  constructor(private readonly env: ManifestEnvironment) {}

  private report(kind: ManifestProblemKind, el: Element | undefined, params: MessageParams = {}): void {
    this.problems.push(manifestProblem(kind, el ? pathOf(el) : "manifest", el?.lineNumber, params));
  }

  /** Counts one check; reports `kind` when `passed` is false. */
  private check(
    passed: boolean,
    kind: ManifestProblemKind,
    el: Element | undefined,
    params: MessageParams = {},
  ): boolean {
    this.checks++;
    if (!passed) this.report(kind, el, params);
    return passed;
  }

  validate(xml: string): void {
    // The schema check has already refused malformed XML; xmldom only gives the tree to walk.
    const root = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml").documentElement;
    if (root === null || root.localName !== "OfficeApp") return;
    this.checkBasics(root);
    const versionOverrides = child(root, "VersionOverrides");
    if (versionOverrides) {
      this.collectResources(versionOverrides);
      this.checkVersionOverrides(versionOverrides);
    }
    this.checkUrls(root, versionOverrides);
  }

  private checkBasics(root: Element): void {
    const hosts = child(root, "Hosts");
    if (hosts) {
      this.check(
        elementChildren(hosts).some((h) => h.getAttribute("Name") === "Workbook"),
        "missingWorkbookHost",
        hosts,
      );
    }
    const requirements = child(root, "Requirements");
    if (requirements) {
      const sets = descendants(requirements, "Set");
      for (const required of REQUIRED_SETS) {
        this.check(
          sets.some(
            (s) =>
              s.getAttribute("Name") === required.set && s.getAttribute("MinVersion") === required.version,
          ),
          "missingRequirement",
          requirements,
          required,
        );
      }
    }
  }

  private collectResources(versionOverrides: Element): void {
    const resources = child(versionOverrides, "Resources");
    if (!resources) return;
    for (const sectionEl of elementChildren(resources)) {
      const section = sectionEl.localName as ResourceSection;
      for (const entry of elementChildren(sectionEl)) {
        const id = entry.getAttribute("id") ?? "";
        if (!this.check(!this.resources.has(id), "duplicateResourceId", entry, { id })) continue;
        this.resources.set(id, { section, el: entry });
      }
    }
  }

  private checkVersionOverrides(vo: Element): void {
    for (const host of elementChildren(child(vo, "Hosts") ?? vo).filter((el) => el.localName === "Host")) {
      this.checkSharedRuntime(host, child(host, "DesktopFormFactor"));
    }
    for (const group of descendants(vo, "Group")) this.checkRibbonIcon(group);
    this.checkControls(vo);
    this.checkResids(vo);
  }

  private checkRibbonIcon(owner: Element): void {
    const icon = child(owner, "Icon");
    if (!icon) return;
    const sizes = elementChildren(icon).map((img) => Number(img.getAttribute("size")));
    for (const size of REQUIRED_RIBBON_ICON_SIZES) {
      this.check(sizes.includes(size), "missingIconSize", icon, {
        parent: owner.getAttribute("id") ?? owner.localName ?? "",
        size,
      });
    }
  }

  private checkControls(vo: Element): void {
    const seenIds = new Set<string>();
    for (const el of [...descendants(vo, "Group"), ...descendants(vo, "Control")]) {
      const id = el.getAttribute("id") ?? "";
      // Reported on every occurrence after the first, so each duplicate points at its own line.
      this.check(!seenIds.has(id), "duplicateControlId", el, { id });
      seenIds.add(id);
    }

    for (const control of descendants(vo, "Control")) {
      this.checkRibbonIcon(control);
      const action = child(control, "Action");
      if (action && xsiType(action) === "ExecuteFunction") {
        const name = child(action, "FunctionName")?.textContent?.trim() ?? "";
        if (name)
          this.check(this.env.associatedFunctions.has(name), "functionNotAssociated", action, { name });
      }
    }
  }

  /** With <Runtimes>, the function file and every pane must load the runtime's page, or the runtime is not shared. */
  private checkSharedRuntime(host: Element, desktop: Element | undefined): void {
    const runtime = child(child(host, "Runtimes"), "Runtime");
    const runtimeResid = runtime?.getAttribute("resid");
    if (!runtime || !runtimeResid) return;
    const functionFile = child(desktop, "FunctionFile");
    if (functionFile) {
      const found = functionFile.getAttribute("resid") ?? "";
      this.check(found === runtimeResid, "runtimeMismatch", functionFile, {
        element: "<FunctionFile>",
        expected: runtimeResid,
        found,
      });
    }
    for (const action of descendants(host, "Action").filter((a) => xsiType(a) === "ShowTaskpane")) {
      const source = child(action, "SourceLocation");
      const found = source?.getAttribute("resid") ?? "";
      this.check(found === runtimeResid, "runtimeMismatch", source ?? action, {
        element: "<SourceLocation>",
        expected: runtimeResid,
        found,
      });
    }
  }

  private checkResids(vo: Element): void {
    const walk = (el: Element): void => {
      const resid = el.getAttribute("resid");
      if (resid !== null) {
        const expected = (RESID_SECTION_BY_ELEMENT as Record<string, ResourceSection | undefined>)[
          el.localName ?? ""
        ];
        const found = this.resources.get(resid);
        const section = expected ?? "Resources";
        if (this.check(found !== undefined, "unknownResid", el, { resid, section })) {
          if (expected && found)
            this.check(found.section === expected, "wrongResidType", el, {
              resid,
              section: expected,
              found: found.section,
            });
        }
      }
      for (const c of elementChildren(el)) walk(c);
    };
    walk(vo);
  }

  private checkUrls(root: Element, vo: Element | undefined): void {
    const uses: UrlUse[] = [];
    const withOverrides = (el: Element, expectedSizes: readonly number[], isIcon: boolean): void => {
      const value = el.getAttribute("DefaultValue");
      if (value !== null) uses.push({ url: value, el, expectedSizes, isIcon });
      for (const override of elementChildren(el).filter((c) => c.localName === "Override")) {
        const overridden = override.getAttribute("Value");
        if (overridden !== null) uses.push({ url: overridden, el: override, expectedSizes, isIcon });
      }
    };

    const sourceLocation = child(child(root, "DefaultSettings"), "SourceLocation");
    if (sourceLocation) withOverrides(sourceLocation, [], false);
    const iconUrl = child(root, "IconUrl");
    if (iconUrl) withOverrides(iconUrl, [BASE_ICON_SIZE.IconUrl], true);
    const highRes = child(root, "HighResolutionIconUrl");
    if (highRes) withOverrides(highRes, [BASE_ICON_SIZE.HighResolutionIconUrl], true);
    const support = child(root, "SupportUrl");
    if (support) withOverrides(support, [], false);

    if (vo) {
      const sizesByResid = new Map<string, number[]>();
      for (const image of descendants(vo, "Image").filter((img) => img.getAttribute("size") !== null)) {
        const resid = image.getAttribute("resid") ?? "";
        sizesByResid.set(resid, [...(sizesByResid.get(resid) ?? []), Number(image.getAttribute("size"))]);
      }
      for (const [id, { section, el }] of this.resources) {
        if (section === "Images") withOverrides(el, [...new Set(sizesByResid.get(id) ?? [])], true);
        if (section === "Urls") withOverrides(el, [], false);
      }
    }

    const paneUrl = sourceLocation?.getAttribute("DefaultValue") ?? "";
    const origin = URL.canParse(paneUrl) ? new URL(paneUrl).origin : undefined;
    for (const use of uses) {
      if (!this.check(URL.canParse(use.url), "badUrl", use.el, { url: use.url })) continue;
      const url = new URL(use.url);
      this.check(url.protocol === "https:", "notHttps", use.el, { url: use.url });
      if (origin !== undefined)
        this.check(url.origin === origin, "otherOrigin", use.el, { url: use.url, origin });
      if (use.isIcon) this.checkIconFile(use, url);
    }

    // AppDomains name other origins on purpose (sign-in pages, APIs): they only have to be https.
    for (const domain of descendants(child(root, "AppDomains") ?? root, "AppDomain")) {
      const value = domain.textContent?.trim() ?? "";
      if (this.check(URL.canParse(value), "badUrl", domain, { url: value })) {
        this.check(new URL(value).protocol === "https:", "notHttps", domain, { url: value });
      }
    }
  }

  private checkIconFile(use: UrlUse, url: URL): void {
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, "");
    if (
      !this.check(relative.startsWith("assets/") && !relative.includes(".."), "iconNotInAssets", use.el, {
        url: use.url,
      })
    )
      return;
    const probe = this.env.probeImage(relative);
    if (!this.check(probe.kind === "png", "iconMissing", use.el, { file: relative })) return;
    if (probe.kind !== "png") return;
    const fromName = SIZE_IN_NAME.exec(relative)?.[1];
    const expected = new Set<number>(use.expectedSizes);
    if (fromName !== undefined) expected.add(Number(fromName));
    if (expected.size === 0) expected.add(probe.width); // no promise made: it only has to be square
    for (const size of expected) {
      this.check(probe.width === size && probe.height === size, "iconSize", use.el, {
        file: relative,
        width: probe.width,
        height: probe.height,
        expected: size,
      });
    }
  }
}
