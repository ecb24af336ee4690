import { workflowOf } from "../board/checkBoardMove";
import { useCallback, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Message, MessageParams } from "../../core/i18n/translate";
import type { NoticeOutcome } from "../../core/notify";
import type { OrdersView, ScanMoveRequest, WarehouseError, WarehousePort } from "../../core/port";
import type { ScanStep, VerifyOutcome, VerifyState, WarehouseOrder } from "../../core/warehouse";
import { canShip, decideScanStep, STEP_TARGET, VERIFY_IDLE, verifyParcel } from "../../core/warehouse";
import { stripIdDecorations } from "../../core/values";
import { refusalText, stageText } from "../format";
import { NoticeLines } from "../notify/NoticeLines";
import { useLocale, useText } from "../state";
import { scanBeep } from "./scanBeep";
import { warehouseErrorText } from "./warehouseErrorText";
import { WAREHOUSE_TEXT as W } from "./warehouseMessages";

type Tone = "success" | "info" | "error";

interface Feedback {
  readonly tone: Tone;
  readonly message: Message;
  readonly params: MessageParams;
  /** After a move: what became of its @mention comments. */
  readonly notices?: NoticeOutcome;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  feedback: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    minHeight: "2.5em",
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  lineDone: { color: tokens.colorPaletteGreenForeground2 },
});

export interface ScanViewProps {
  readonly warehouse: WarehousePort;
  readonly view: OrdersView;
  readonly who: string;
  /** The number of orders the session read, and the carrier most of them use. */
  readonly session: { readonly orders: number; readonly defaultCarrier: string };
}

/**
 * Scan mode: an input that takes a keyboard-wedge scanner (fast keystrokes, then Enter) or typing. Scan
 * to act moves the order (Pack → 处理中, Ship → 已发货 with the scanned tracking number); scan to verify
 * ticks the order's items and opens Ship only when nothing is missing or a reason is recorded.
 */
export function ScanView({ warehouse, view, who, session }: ScanViewProps) {
  const styles = useStyles();
  const t = useText();
  const { locale } = useLocale();
  const [mode, setMode] = useState<"act" | "verify">("act");
  const [step, setStep] = useState<ScanStep>("ship");
  const [carrier, setCarrier] = useState(session.defaultCarrier);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>({
    tone: "info",
    message: W.scanReady,
    params: { orders: session.orders },
  });
  const [tally, setTally] = useState({ packed: 0, shipped: 0, refused: 0 });
  // Scans are handled one after another (a scanner does not wait), so what the next scan depends on is
  // kept in refs that each handler reads fresh; `verify` is also state because it is shown.
  const pendingShip = useRef<WarehouseOrder | null>(null);
  const [verify, setVerifyState] = useState<VerifyState>(VERIFY_IDLE);
  const verifyRef = useRef<VerifyState>(VERIFY_IDLE);
  const setVerify = useCallback((next: VerifyState) => {
    verifyRef.current = next;
    setVerifyState(next);
  }, []);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [tracking, setTracking] = useState("");
  const [reason, setReason] = useState("");
  const done = useRef({ pack: new Set<string>(), ship: new Set<string>() });
  const input = useRef<HTMLInputElement>(null);
  // The moves' legality is all a scan needs: the board's workflow of the stages the pane knows.
  const workflow = useMemo(() => workflowOf(view.stages), [view.stages]);

  const say = useCallback(
    (tone: Tone, message: Message, params: MessageParams = {}, notices?: NoticeOutcome) => {
      setFeedback(notices ? { tone, message, params, notices } : { tone, message, params });
      if (tone === "error") {
        setTally((n) => ({ ...n, refused: n.refused + 1 }));
        scanBeep("error");
      } else if (tone === "success") scanBeep("ok");
    },
    [],
  );

  const fail = useCallback(
    (error: WarehouseError) => {
      setFeedback({
        tone: "error",
        message: { "zh-CN": "{text}", "en-US": "{text}" },
        params: { text: warehouseErrorText(error, locale) },
      });
      setTally((n) => ({ ...n, refused: n.refused + 1 }));
      scanBeep("error");
    },
    [locale],
  );

  const move = useCallback(
    async (order: WarehouseOrder, request: Omit<ScanMoveRequest, "orderKey" | "who">) => {
      setBusy(true);
      const result = await warehouse.moveScanned({ ...request, orderKey: order.key, who });
      setBusy(false);
      if (!result.ok) return fail(result.error);
      const refusal = result.value.refused[0];
      if (result.value.applied === 0 && refusal) {
        say("error", W.refused, {
          orderId: order.orderId,
          reason: refusalText(refusal, view.stages, locale),
        });
        return undefined;
      }
      done.current[request.step].add(order.key);
      if (request.step === "pack") {
        setTally((n) => ({ ...n, packed: n.packed + 1 }));
        say("success", W.packed, { orderId: order.orderId }, result.value.notices);
      } else {
        setTally((n) => ({ ...n, shipped: n.shipped + 1 }));
        say(
          "success",
          W.shipped,
          { orderId: order.orderId, tracking: request.tracking ?? "" },
          result.value.notices,
        );
      }
      return undefined;
    },
    [fail, locale, say, view.stages, warehouse, who],
  );

  const refuseStep = useCallback(
    (order: WarehouseOrder, chosen: ScanStep): boolean => {
      const decision = decideScanStep(order, chosen, workflow, done.current[chosen]);
      const status = stageText(view.stages, order.stage ?? order.statusText, locale);
      const to = stageText(view.stages, STEP_TARGET[chosen], locale);
      switch (decision.kind) {
        case "move":
          return false;
        case "scannedTwice":
          say("error", W.scannedTwice, { orderId: order.orderId });
          return true;
        case "alreadyShipped":
          say("error", W.alreadyShipped, { orderId: order.orderId, status });
          return true;
        case "alreadyThere":
          say("info", W.alreadyThere, { orderId: order.orderId, status });
          return true;
        case "wrongStage":
          say("error", W.wrongStage, { orderId: order.orderId, status, to });
          return true;
      }
    },
    [locale, say, view.stages, workflow],
  );

  const act = useCallback(
    async (scanned: string) => {
      const match = warehouse.lookupScan(scanned);
      if (match.kind !== "order") {
        if (pendingShip.current && match.kind === "unknown") {
          // A code that is no order, right after an order scan in Ship: the parcel's tracking number.
          const order = pendingShip.current;
          pendingShip.current = null;
          // Written as scanned (wrappers and spaces off), not in the normalised form used to compare.
          await move(order, { step: "ship", tracking: stripIdDecorations(scanned), carrier });
          return;
        }
        return reportMiss(match);
      }
      const { order } = match;
      const pending = pendingShip.current;
      if (pending && match.via === "tracking" && pending.key !== order.key)
        return reportMiss({ kind: "sharedTracking", code: scanned, orders: [pending, order] });
      pendingShip.current = null;
      if (refuseStep(order, step)) return;
      if (step === "pack") return move(order, { step: "pack" });
      if (order.tracking === "") {
        pendingShip.current = order;
        say("info", W.needTracking, { orderId: order.orderId });
        return;
      }
      return move(order, { step: "ship", tracking: order.tracking, carrier: order.carrier || carrier });
    },
    // reportMiss is defined below and only reads stable values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [carrier, move, refuseStep, say, step, warehouse],
  );

  function reportMiss(match: ReturnType<WarehousePort["lookupScan"]>): void {
    switch (match.kind) {
      case "empty":
        return;
      case "unknown":
        return say("error", W.unknown, { code: match.code });
      case "ambiguous":
        return say("error", W.ambiguous, {
          code: match.code,
          count: match.orders.length,
          platforms: match.orders.map((o) => o.platform).join(", "),
        });
      case "sharedTracking":
        return say("error", W.sharedTracking, {
          code: match.code,
          orders: match.orders.map((o) => o.orderId).join(", "),
        });
      case "order":
        return;
    }
  }

  const showVerify = (outcome: VerifyOutcome, order: WarehouseOrder | null): void => {
    switch (outcome.kind) {
      case "started":
        return say("info", W.verifyStarted, { orderId: order?.orderId ?? "", lines: outcome.lines });
      case "itemOk":
        return say("success", W.itemOk, { label: outcome.label, got: outcome.got, need: outcome.need });
      case "complete":
        return say("success", W.verifyComplete);
      case "wrongItem":
        return say("error", W.wrongItem, { code: outcome.code });
      case "tooMany":
        return say("error", W.tooMany, { label: outcome.label, need: outcome.need });
      case "noOrder":
        return say("error", W.noOrder);
      case "overrideNeedsReason":
        return say("error", W.overrideNeedsReason);
      case "overridden":
        return say("info", W.overridden, { missing: outcome.missing });
      case "reset":
        return undefined;
    }
  };

  const verifyScan = (scanned: string): void => {
    const verify = verifyRef.current;
    if (verify.kind === "verifying") {
      const step1 = verifyParcel(verify, { kind: "item", code: scanned });
      if (step1.outcome.kind !== "wrongItem") {
        setVerify(step1.state);
        return showVerify(step1.outcome, verify.order);
      }
      // Not an item of this order: another order's id starts over on that order, anything else is wrong.
      const other = warehouse.lookupScan(scanned);
      if (other.kind !== "order" || other.via !== "orderId") return showVerify(step1.outcome, verify.order);
    }
    const match = warehouse.lookupScan(scanned);
    if (match.kind !== "order") {
      if (verify.kind === "complete" && match.kind === "unknown") {
        setTracking(stripIdDecorations(scanned));
        return;
      }
      return reportMiss(match);
    }
    if (refuseStep(match.order, "ship")) return;
    const started = verifyParcel(verify, { kind: "order", order: match.order });
    setVerify(started.state);
    setTracking(match.order.tracking);
    setReason("");
    showVerify(started.outcome, match.order);
  };

  const onScan = (): void => {
    const scanned = code;
    setCode("");
    if (scanned.trim() === "") return;
    // The input stays enabled and focused while a move is written: the next parcel's scan waits its turn.
    const handle = async (): Promise<void> => {
      if (mode === "act") await act(scanned);
      else verifyScan(scanned);
    };
    queue.current = queue.current.then(handle, handle);
  };

  const shipVerified = async (): Promise<void> => {
    if (verify.kind !== "complete") return say("error", W.shipLocked);
    if (tracking.trim() === "") return say("info", W.needTracking, { orderId: verify.order.orderId });
    await move(verify.order, {
      step: "ship",
      tracking: tracking.trim(),
      carrier: verify.order.carrier || carrier,
      ...(verify.override ? { override: verify.override } : {}),
    });
    setVerify(VERIFY_IDLE);
    setTracking("");
    input.current?.focus();
  };

  const recordOverride = (): void => {
    const next = verifyParcel(verify, { kind: "override", reason });
    setVerify(next.state);
    showVerify(next.outcome, verify.kind === "idle" ? null : verify.order);
  };

  return (
    <section className={styles.root} aria-label={t(W.scanTitle)}>
      <div className={styles.row}>
        <RadioGroup
          aria-label={t(W.modeLabel)}
          layout="horizontal"
          value={mode}
          onChange={(_, data) => {
            setMode(data.value as "act" | "verify");
            pendingShip.current = null;
            setVerify(VERIFY_IDLE);
          }}
        >
          <Radio value="act" label={t(W.modeAct)} />
          <Radio value="verify" label={t(W.modeVerify)} />
        </RadioGroup>
      </div>
      {mode === "act" && (
        <RadioGroup
          aria-label={t(W.stepLabel)}
          layout="horizontal"
          value={step}
          onChange={(_, data) => {
            setStep(data.value as ScanStep);
            pendingShip.current = null;
          }}
        >
          <Radio value="pack" label={t(W.stepPack)} />
          <Radio value="ship" label={t(W.stepShip)} />
        </RadioGroup>
      )}
      <Field label={t(W.carrierLabel)}>
        <Input value={carrier} onChange={(_, data) => setCarrier(data.value)} />
      </Field>
      <Field label={t(W.scanInput)}>
        <Input
          ref={input}
          value={code}
          autoFocus
          autoComplete="off"
          onChange={(_, data) => setCode(data.value)}
          onKeyDown={(event) => {
            // A keyboard-wedge scanner ends every code with Enter, exactly like a person typing.
            if (event.key === "Enter") {
              event.preventDefault();
              onScan();
            }
          }}
        />
      </Field>
      <div
        role="status"
        aria-live={feedback.tone === "error" ? "assertive" : "polite"}
        className={`${styles.feedback} ${styles[feedback.tone]}`}
        data-tone={feedback.tone}
      >
        {t(feedback.message, feedback.params)}
        <NoticeLines outcome={feedback.notices} />
      </div>
      {mode === "verify" && verify.kind !== "idle" && (
        <>
          <Text weight="semibold">{t(W.linesTitle, { orderId: verify.order.orderId })}</Text>
          <ul className={styles.lines} aria-label={t(W.linesTitle, { orderId: verify.order.orderId })}>
            {verify.lines.map((line) => (
              <li key={line.label} className={line.got >= line.need ? styles.lineDone : undefined}>
                {line.got >= line.need ? "✓ " : ""}
                {line.label}: {line.got}/{line.need}
              </li>
            ))}
          </ul>
          <Field label={t(W.trackingLabel)}>
            <Input value={tracking} onChange={(_, data) => setTracking(data.value)} />
          </Field>
          {!canShip(verify) && (
            <div className={styles.row}>
              <Field label={t(W.overrideLabel)}>
                <Input value={reason} onChange={(_, data) => setReason(data.value)} />
              </Field>
              <Button onClick={recordOverride}>{t(W.override)}</Button>
            </div>
          )}
          <Button
            appearance="primary"
            disabled={!canShip(verify) || busy}
            onClick={() => void shipVerified()}
          >
            {t(W.ship)}
          </Button>
        </>
      )}
      <Text aria-label={t(W.tally, tally)}>{t(W.tally, tally)}</Text>
    </section>
  );
}
