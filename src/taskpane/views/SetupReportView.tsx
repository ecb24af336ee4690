import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FIELD_LABELS } from "../../core/fieldLabels";
import type { RowProblem } from "../../core/problems";
import type { SetupSummary } from "../../core/port";
import { exhaustiveSwitchError } from "../../core/result";
import { formatCount, joinList } from "../format";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useText } from "../state";

const SHOWN_ROWS = 12;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function rowsText(problems: readonly RowProblem[]): string {
  const rows = [...new Set(problems.map((p) => p.row))];
  const shown = rows.slice(0, SHOWN_ROWS).join(", ");
  return rows.length > SHOWN_ROWS ? `${shown}, …` : shown;
}

export interface SetupReportViewProps {
  readonly summary: SetupSummary;
  readonly onContinue: () => void;
}

/** After setup: what OrderFlow added to the workbook and what it found in the data. */
export function SetupReportView({ summary, onContinue }: SetupReportViewProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const { report, table } = summary;
  const tableLine = (() => {
    switch (table.kind) {
      case "create":
        return t(PANE_MESSAGES.addedTable, { name: table.name });
      case "existing":
        return t(PANE_MESSAGES.keptTable, { name: table.name });
      case "range":
        return t(PANE_MESSAGES.rangeNoTable, { detail: table.detail });
      default:
        return exhaustiveSwitchError(table);
    }
  })();
  const foundProblems = report.corruptedIds.length + report.duplicates.length > 0;
  return (
    <section className={styles.root} aria-labelledby="orderflow-setup-done">
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle id="orderflow-setup-done">{t(PANE_MESSAGES.setupDoneTitle)}</MessageBarTitle>
          {summary.sheetName}
        </MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h3">{t(PANE_MESSAGES.setupAdded)}</Subtitle2>
      <ul className={styles.list}>
        <li>
          {report.addedColumns.length > 0
            ? t(PANE_MESSAGES.addedColumns, {
                columns: joinList(
                  report.addedColumns.map((f) => FIELD_LABELS[f][locale]),
                  locale,
                ),
              })
            : t(PANE_MESSAGES.noAddedColumns)}
        </li>
        <li>{tableLine}</li>
        <li>{t(PANE_MESSAGES.addedValidation, { count: summary.validations })}</li>
        <li>{t(PANE_MESSAGES.addedRules, { count: summary.highlights })}</li>
        {summary.createdSheets.length > 0 && (
          <li>{t(PANE_MESSAGES.addedSheets, { sheets: joinList(summary.createdSheets, locale) })}</li>
        )}
        <li>
          {t(PANE_MESSAGES.statusFilled, {
            count: formatCount(report.statusFilled, locale),
            market: formatCount(report.fromMarketStatus, locale),
          })}
        </li>
      </ul>
      <Subtitle2 as="h3">{t(PANE_MESSAGES.setupFound)}</Subtitle2>
      <MessageBar intent={foundProblems ? "warning" : "info"} layout="multiline">
        <MessageBarBody>
          <ul className={styles.list}>
            <li>
              {t(PANE_MESSAGES.corruptedIds, { count: report.corruptedIds.length })}
              {report.corruptedIds.length > 0 &&
                ` — ${t(PANE_MESSAGES.rowsList, { rows: rowsText(report.corruptedIds) })}`}
            </li>
            <li>
              {t(PANE_MESSAGES.duplicates, { count: report.duplicates.length })}
              {report.duplicates.length > 0 &&
                ` — ${t(PANE_MESSAGES.rowsList, { rows: rowsText(report.duplicates) })}`}
            </li>
          </ul>
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onContinue}>
        {t(PANE_MESSAGES.continueToHome)}
      </Button>
    </section>
  );
}
