import { useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type {
  OrdersView,
  ScanSessionInfo,
  SelectionInfo,
  WarehouseError,
  WarehousePort,
  WarehouseSheetWritten,
} from "../../core/port";
import type { WarehouseScope } from "../../core/warehouse";
import { DEFAULT_STAGES } from "../../core/warehouse";
import { useLocale, useText, useWhoAmI } from "../state";
import { ScanView } from "./ScanView";
import { warehouseErrorText } from "./warehouseErrorText";
import { WAREHOUSE_TEXT as W } from "./warehouseMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  stages: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

export interface WarehouseViewProps {
  readonly warehouse: WarehousePort;
  readonly view: OrdersView;
  readonly selection: SelectionInfo | null;
}

type Outcome =
  | { readonly kind: "written"; readonly what: "pick" | "slips"; readonly value: WarehouseSheetWritten }
  | { readonly kind: "failed"; readonly error: WarehouseError };

/** The warehouse tab: print a pick list and packing slips for a scope, then scan parcels. */
export function WarehouseView({ warehouse, view, selection }: WarehouseViewProps) {
  const styles = useStyles();
  const t = useText();
  const { locale } = useLocale();
  const { who } = useWhoAmI();
  const selectedRows = selection?.rows ?? [];
  const [scopeKind, setScopeKind] = useState<"stages" | "rows">("stages");
  const [stages, setStages] = useState<readonly string[]>(DEFAULT_STAGES);
  const [owner, setOwner] = useState("");
  const [platform, setPlatform] = useState("");
  const [moveToProcessing, setMoveToProcessing] = useState(false);
  const [perPage, setPerPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [session, setSession] = useState<ScanSessionInfo | null>(null);
  const [sessionError, setSessionError] = useState<WarehouseError | null>(null);

  const platforms = [...new Set(view.orders.map((o) => o.platform).filter((p) => p !== ""))].sort();
  const scope: WarehouseScope =
    scopeKind === "rows" && selectedRows.length > 0
      ? { kind: "rows", rows: selectedRows }
      : { kind: "stages", stages, owner, platform };

  const generate = async (what: "pick" | "slips"): Promise<void> => {
    setBusy(true);
    const result =
      what === "pick"
        ? await warehouse.writePickList({ scope, moveToProcessing }, who)
        : await warehouse.writePackingSlips({ scope, perPage });
    setBusy(false);
    setOutcome(
      result.ok ? { kind: "written", what, value: result.value } : { kind: "failed", error: result.error },
    );
  };

  const startScan = async (): Promise<void> => {
    setBusy(true);
    const opened = await warehouse.openScanSession();
    setBusy(false);
    if (opened.ok) {
      setSession(opened.value);
      setSessionError(null);
    } else setSessionError(opened.error);
  };

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-label={t(W.printTitle)}>
        <Subtitle2 as="h2">{t(W.printTitle)}</Subtitle2>
        <RadioGroup
          aria-label={t(W.scopeLabel)}
          value={scopeKind}
          onChange={(_, data) => setScopeKind(data.value as "stages" | "rows")}
        >
          <Radio value="stages" label={t(W.scopeStages)} />
          <Radio
            value="rows"
            disabled={selectedRows.length === 0}
            label={t(W.scopeSelection, { count: selectedRows.length })}
          />
        </RadioGroup>
        {scopeKind === "stages" && (
          <>
            <div className={styles.stages} role="group" aria-label={t(W.stagesLabel)}>
              {view.stages
                .filter((s) => s.open)
                .map((s) => (
                  <Checkbox
                    key={s.key}
                    label={s.label[locale]}
                    checked={stages.includes(s.key)}
                    onChange={(_, data) =>
                      setStages((old) => (data.checked ? [...old, s.key] : old.filter((k) => k !== s.key)))
                    }
                  />
                ))}
            </div>
            <div className={styles.row}>
              <Field label={t(W.ownerLabel)}>
                <Select value={owner} onChange={(_, data) => setOwner(data.value)}>
                  <option value="">{t(W.anyone)}</option>
                  {view.team.map((m) => (
                    <option key={m.name} value={m.name}>
                      {m.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t(W.platformLabel)}>
                <Select value={platform} onChange={(_, data) => setPlatform(data.value)}>
                  <option value="">{t(W.anyPlatform)}</option>
                  {platforms.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </>
        )}
        <Checkbox
          label={t(W.moveToProcessing)}
          checked={moveToProcessing}
          onChange={(_, data) => setMoveToProcessing(data.checked === true)}
        />
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void generate("pick")}>
            {t(W.makePickList)}
          </Button>
          <Field label={t(W.perPage)}>
            <SpinButton
              min={1}
              max={6}
              value={perPage}
              onChange={(_, data) => {
                const next = data.value ?? Number(data.displayValue);
                if (Number.isInteger(next) && next >= 1) setPerPage(next);
              }}
            />
          </Field>
          <Button disabled={busy} onClick={() => void generate("slips")}>
            {t(W.makeSlips)}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {outcome?.kind === "written" && (
            <MessageBar intent={outcome.value.print.pageLayout === "applied" ? "success" : "warning"}>
              <MessageBarBody>
                {t(outcome.what === "pick" ? W.pickListDone : W.slipsDone, {
                  sheet: outcome.value.sheetName,
                  orders: outcome.value.orders,
                  rows: outcome.value.rows,
                })}
                {outcome.value.moved ? ` ${t(W.movedDone, { count: outcome.value.moved.applied })}` : ""}
                {outcome.value.print.pageLayout === "unsupported" ? ` ${t(W.noPageLayout)}` : ""}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome?.kind === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>{warehouseErrorText(outcome.error, locale)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </section>
      <section className={styles.section} aria-label={t(W.scanTitle)}>
        <Subtitle2 as="h2">{t(W.scanTitle)}</Subtitle2>
        {session ? (
          <ScanView warehouse={warehouse} view={view} who={who} session={session} />
        ) : (
          <Button disabled={busy} onClick={() => void startScan()}>
            {t(W.scanStart)}
          </Button>
        )}
        {sessionError && (
          <MessageBar intent="error">
            <MessageBarBody>{warehouseErrorText(sessionError, locale)}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}
