// What the offline validator checks by hand: the rules the manifest schemas (schemas/) can not state.
// The schemas give element order, required elements, ids, versions, enumerations and string limits;
// these are cross-references between elements, facts about files, and OrderFlow's own requirements.
// Sizes come from the element reference pages: HighResolutionIconUrl 64 x 64 pixels for task pane
// add-ins, IconUrl 32 x 32, ribbon images 16/32/80 required (Icon).

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

/** Pixel size Office expects for the base manifest icons of a task pane add-in. */
export const BASE_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 } as const;

/** Ribbon <Icon> images Office requires for every group and control. */
export const REQUIRED_RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** The requirement sets OrderFlow's manifest must declare (docs/DESIGN.md: ExcelApi 1.12 baseline, shared runtime). */
export const REQUIRED_SETS = [
  { set: "ExcelApi", version: "1.12" },
  { set: "SharedRuntime", version: "1.1" },
] as const;
