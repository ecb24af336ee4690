// What the offline validator knows about the XML add-in only manifest schema.
//
// Element orders are the <xs:sequence>s of the task pane schema as listed in "How to find the proper
// order of manifest elements" (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering,
// sections "Basic task pane add-in element ordering" and "Task pane add-in element ordering within
// VersionOverrides"). Limits come from the element reference pages: control and group ids at most 125
// characters (Group, Control), resid at most 32 (Runtime, Label), ShortString values 125 and
// LongString values 250 (bt:ShortStrings / bt:LongStrings), HighResolutionIconUrl 64 x 64 pixels for
// task pane add-ins, ribbon images 16/32/80 required (Icon).

/** A parent's children in schema order, which of them must be present, and which may repeat. */
export interface ElementSequence {
  readonly order: readonly string[];
  readonly required: readonly string[];
  readonly repeatable?: readonly string[];
}

export const OFFICE_APP_SEQUENCE = {
  order: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  // The schema requires Id … Description, DefaultSettings and Permissions; OrderFlow also needs the
  // icons (Insert > Add-ins), the support page, Excel as host, its requirement sets and the ribbon.
  required: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ],
} as const satisfies ElementSequence;

export const VERSION_OVERRIDES_SEQUENCE = {
  order: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  required: ["Hosts", "Resources"],
} as const satisfies ElementSequence;

export const OVERRIDE_HOST_SEQUENCE = {
  order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  required: ["DesktopFormFactor"],
} as const satisfies ElementSequence;

export const DESKTOP_FORM_FACTOR_SEQUENCE = {
  order: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  required: ["ExtensionPoint"],
  repeatable: ["ExtensionPoint"],
} as const satisfies ElementSequence;

export const GET_STARTED_SEQUENCE = {
  order: ["Title", "Description", "LearnMoreUrl"],
  required: ["Title", "Description", "LearnMoreUrl"],
} as const satisfies ElementSequence;

export const GROUP_SEQUENCE = {
  order: ["OverriddenByRibbonApi", "Label", "Icon", "Control", "OfficeControl"],
  required: ["Label", "Icon"],
  repeatable: ["Control", "OfficeControl"],
} as const satisfies ElementSequence;

export const CONTROL_SEQUENCE = {
  order: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  required: ["Label", "Supertip", "Icon"],
} as const satisfies ElementSequence;

export const SUPERTIP_SEQUENCE = {
  order: ["Title", "Description"],
  required: ["Title", "Description"],
} as const satisfies ElementSequence;

export const SHOW_TASKPANE_SEQUENCE = {
  order: ["TaskpaneId", "SourceLocation", "Title"],
  required: ["SourceLocation"],
} as const satisfies ElementSequence;

export const EXECUTE_FUNCTION_SEQUENCE = {
  order: ["FunctionName"],
  required: ["FunctionName"],
} as const satisfies ElementSequence;

export const RESOURCES_SEQUENCE = {
  order: ["Images", "Urls", "ShortStrings", "LongStrings"],
  required: [],
} as const satisfies ElementSequence;

/** The four resource sections a `resid` can point into. */
export type ResourceSection = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which section a `resid` on an element of this name must resolve to. */
export const RESID_SECTION_BY_ELEMENT = {
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  Tooltip: "LongStrings",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
} as const satisfies Record<string, ResourceSection>;

export const LIMITS = {
  resid: 32,
  controlId: 125,
  shortString: 125,
  longString: 250,
} as const;

/** Pixel size Office expects for the base manifest icons of a task pane add-in. */
export const BASE_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 } as const;

/** Ribbon <Icon> images Office requires for every group and control. */
export const REQUIRED_RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** The requirement sets OrderFlow's manifest must declare (docs/DESIGN.md: ExcelApi 1.12 baseline, shared runtime). */
export const REQUIRED_SETS = [
  { set: "ExcelApi", version: "1.12" },
  { set: "SharedRuntime", version: "1.1" },
] as const;
