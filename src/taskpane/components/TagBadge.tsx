import { makeStyles, tokens } from "@fluentui/react-components";
import type { TagDef } from "../../core/tags";
import { findTag } from "../../core/tags";
import { useLocale } from "../state";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
  },
});

/** A tag in the colours the team gave it on the settings sheet (the one place raw colours are used). */
export function TagBadge({ tag, tags }: { readonly tag: string; readonly tags: readonly TagDef[] }) {
  const styles = useStyles();
  const { locale } = useLocale();
  const def = findTag(tag, tags);
  return (
    <span
      className={styles.badge}
      style={def ? { backgroundColor: def.fill, color: def.font, borderColor: def.fill } : undefined}
    >
      {def ? def.label[locale] : tag}
    </span>
  );
}
