import type { Element } from "@xmldom/xmldom";
import { DOMParser } from "@xmldom/xmldom";
import type { MessageParams } from "../../core/i18n/translate";
import type { ManifestProblem, ManifestProblemKind } from "./manifestProblem";
import { manifestProblem } from "./manifestProblem";
import type { ElementSequence, ResourceSection } from "./manifestSchema";
import {
  BASE_ICON_SIZE,
  CONTROL_SEQUENCE,
  DESKTOP_FORM_FACTOR_SEQUENCE,
  EXECUTE_FUNCTION_SEQUENCE,
  GET_STARTED_SEQUENCE,
  GROUP_SEQUENCE,
  LIMITS,
  OFFICE_APP_SEQUENCE,
  OVERRIDE_HOST_SEQUENCE,
  REQUIRED_RIBBON_ICON_SIZES,
  REQUIRED_SETS,
  RESID_SECTION_BY_ELEMENT,
  RESOURCES_SEQUENCE,
  SHOW_TASKPANE_SEQUENCE,
  SUPERTIP_SEQUENCE,
  VERSION_OVERRIDES_SEQUENCE,
} from "./manifestSchema";

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
  /** How many individual checks ran (reported by the command when there is no problem). */
  readonly checks: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
const SIZE_IN_NAME = /-(\d+)\.png$/i;

/**
 * Checks an Excel task-pane XML manifest offline: well-formedness, schema order of the elements we
 * use, ids, resids, URLs, icon files and sizes, string limits and ribbon functions. Collects every problem.
 */
export function validateManifest(xml: string, env: ManifestEnvironment): ManifestReport {
  const run = new ValidationRun(env);
  run.validate(xml);
  return { problems: run.problems, checks: run.checks };
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
    const parseErrors: string[] = [];
    let root: Element | null = null;
    try {
      const doc = new DOMParser({
        onError: (_level, message) => {
          parseErrors.push(message.split("\n")[0] ?? message);
        },
      }).parseFromString(xml, "text/xml");
      root = doc.documentElement;
    } catch (error) {
      if (parseErrors.length === 0)
        parseErrors.push(error instanceof Error ? error.message.split("\n")[0]! : String(error));
    }
    // xmldom recovers from some mistakes (an unquoted attribute, an unknown entity) and reports them
    // as warnings or errors; Office's parser does not, so any report at all means "not well-formed".
    if (
      !this.check(parseErrors.length === 0 && root !== null, "notWellFormed", undefined, {
        detail: parseErrors.join("; ") || "no root element",
      })
    )
      return;
    if (root === null) return;

    const isTaskPaneApp = root.localName === "OfficeApp" && xsiType(root).endsWith("TaskPaneApp");
    if (
      !this.check(isTaskPaneApp, "wrongRoot", root, {
        found: `<${root.nodeName}${xsiType(root) ? ` xsi:type="${xsiType(root)}"` : ""}>`,
      })
    )
      return;

    this.checkSequence(root, OFFICE_APP_SEQUENCE);
    this.checkBasics(root);

    const versionOverrides = child(root, "VersionOverrides");
    if (versionOverrides) {
      this.collectResources(versionOverrides);
      this.checkVersionOverrides(versionOverrides);
    }
    this.checkUrls(root, versionOverrides);
  }

  private checkSequence(parent: Element, sequence: ElementSequence): void {
    const order = sequence.order;
    const seen = new Set<string>();
    let furthest = -1;
    let furthestName = "";
    for (const el of elementChildren(parent)) {
      const name = el.localName ?? el.nodeName;
      const index = order.indexOf(name);
      if (
        !this.check(index >= 0, "unexpectedElement", el, {
          parent: parent.localName ?? "",
          element: name,
          order: order.join(", "),
        })
      )
        continue;
      this.check(!seen.has(name) || (sequence.repeatable ?? []).includes(name), "duplicateElement", el, {
        parent: parent.localName ?? "",
        element: name,
      });
      seen.add(name);
      if (
        this.check(index >= furthest, "outOfOrder", el, {
          parent: parent.localName ?? "",
          element: name,
          after: furthestName,
          order: order.join(", "),
        })
      ) {
        furthest = index;
        furthestName = name;
      }
    }
    for (const name of sequence.required) {
      this.check(seen.has(name), "missingElement", parent, { parent: parent.localName ?? "", element: name });
    }
  }

  private checkBasics(root: Element): void {
    const id = child(root, "Id");
    if (id)
      this.check(GUID.test(id.textContent?.trim() ?? ""), "badId", id, {
        value: id.textContent?.trim() ?? "",
      });
    const version = child(root, "Version");
    if (version)
      this.check(VERSION.test(version.textContent?.trim() ?? ""), "badVersion", version, {
        value: version.textContent?.trim() ?? "",
      });

    const displayName = child(root, "DisplayName");
    if (displayName) this.checkStringLengths(displayName, "DisplayName", LIMITS.shortString);
    const description = child(root, "Description");
    if (description) this.checkStringLengths(description, "Description", LIMITS.longString);

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

  private checkStringLengths(el: Element, id: string, limit: number): void {
    const values: [string, string][] = [["default", el.getAttribute("DefaultValue") ?? ""]];
    for (const override of elementChildren(el).filter((c) => c.localName === "Override")) {
      values.push([override.getAttribute("Locale") ?? "?", override.getAttribute("Value") ?? ""]);
    }
    for (const [locale, value] of values) {
      this.check([...value].length <= limit, "stringTooLong", el, {
        id,
        locale,
        length: [...value].length,
        limit,
      });
    }
  }

  private collectResources(versionOverrides: Element): void {
    const resources = child(versionOverrides, "Resources");
    if (!resources) return;
    this.checkSequence(resources, RESOURCES_SEQUENCE);
    for (const sectionEl of elementChildren(resources)) {
      const section = sectionEl.localName as ResourceSection;
      for (const entry of elementChildren(sectionEl)) {
        const id = entry.getAttribute("id") ?? "";
        if (!this.check(!this.resources.has(id), "duplicateResourceId", entry, { id })) continue;
        this.resources.set(id, { section, el: entry });
        if (section === "ShortStrings") this.checkStringLengths(entry, id, LIMITS.shortString);
        if (section === "LongStrings") this.checkStringLengths(entry, id, LIMITS.longString);
      }
    }
  }

  private checkVersionOverrides(vo: Element): void {
    this.checkSequence(vo, VERSION_OVERRIDES_SEQUENCE);
    for (const host of elementChildren(child(vo, "Hosts") ?? vo).filter((el) => el.localName === "Host")) {
      this.checkSequence(host, OVERRIDE_HOST_SEQUENCE);
      const desktop = child(host, "DesktopFormFactor");
      if (desktop) this.checkSequence(desktop, DESKTOP_FORM_FACTOR_SEQUENCE);
      const getStarted = child(desktop, "GetStarted");
      if (getStarted) this.checkSequence(getStarted, GET_STARTED_SEQUENCE);
      this.checkSharedRuntime(host, desktop);
    }
    for (const group of descendants(vo, "Group")) {
      this.checkSequence(group, GROUP_SEQUENCE);
      this.checkRibbonIcon(group);
    }
    this.checkControls(vo);
    for (const supertip of descendants(vo, "Supertip")) this.checkSequence(supertip, SUPERTIP_SEQUENCE);
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
    const owners = [...descendants(vo, "Group"), ...descendants(vo, "Control")];
    for (const el of owners) {
      const id = el.getAttribute("id") ?? "";
      this.check(id.length <= LIMITS.controlId, "controlIdTooLong", el, { id, length: id.length });
    }
    const seenIds = new Set<string>();
    for (const el of owners) {
      const id = el.getAttribute("id") ?? "";
      // Reported on every occurrence after the first, so each duplicate points at its own line.
      this.check(!seenIds.has(id), "duplicateControlId", el, { id });
      seenIds.add(id);
    }

    for (const control of descendants(vo, "Control")) {
      const id = control.getAttribute("id") ?? "";
      const names = elementChildren(control).map((c) => c.localName);
      const actionAt = names.indexOf("Action");
      const isButton = xsiType(control) === "Button";
      if (isButton)
        this.check(actionAt >= 0, "missingElement", control, { parent: `Control#${id}`, element: "Action" });
      const before = ["Label", "Supertip", "Icon"];
      const actionLast = actionAt < 0 || names.slice(actionAt + 1).every((n) => !before.includes(n ?? ""));
      // An <Action> placed too early gets its own, clearer problem instead of a generic order one.
      if (this.check(actionLast, "actionNotLast", control, { id }))
        this.checkSequence(control, CONTROL_SEQUENCE);
      this.checkRibbonIcon(control);

      const action = child(control, "Action");
      if (!action) continue;
      const type = xsiType(action);
      if (type === "ShowTaskpane") this.checkSequence(action, SHOW_TASKPANE_SEQUENCE);
      if (type === "ExecuteFunction") {
        this.checkSequence(action, EXECUTE_FUNCTION_SEQUENCE);
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
        this.check(resid.length <= LIMITS.resid, "residTooLong", el, { resid, length: resid.length });
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
