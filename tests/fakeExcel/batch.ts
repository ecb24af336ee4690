/**
 * The proxy machinery: every fake Excel object queues its property sets, method calls and loads on its
 * request context; nothing touches the workbook before `context.sync()`. Reads need load + sync.
 */
import type { HostCore } from "./core";
import { fail, FakeOfficeError, INVALID_OBJECT_PATH_MESSAGE, PROPERTY_NOT_LOADED_MESSAGE } from "./errors";
import { jsonLength } from "./measure";
import type { Transaction } from "./state";

/** One queued statement. */
export interface Op {
  readonly statement: string;
  /** Request characters this statement adds (arguments measured as JSON). */
  readonly size: number;
  /** True when it changes the workbook (blocked in cell-edit mode, checked against protection). */
  readonly write: boolean;
  readonly run: (tx: Transaction) => void;
}

/** What proxies need from their request context (implemented by FakeRequestContext). */
export interface BatchContext {
  readonly _host: HostCore;
  readonly _id: number;
  _active: boolean;
  _generation: number;
  _enqueue(op: Op): void;
  _isTracked(obj: object): boolean;
}

export type LoadArgument =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

/** Turns every accepted `load` argument form into property paths ("values", "format/fill/color", "items/name"). */
export function loadPaths(option: LoadArgument | undefined): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string")
    return option
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  if (Array.isArray(option)) return option.flatMap((s) => loadPaths(s));
  const o = option as Record<string, unknown>;
  if ("select" in o || "expand" in o) {
    return [
      ...loadPaths(o.select as string | string[] | undefined),
      ...loadPaths(o.expand as string | string[] | undefined),
    ];
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith("$")) continue;
    if (v === true) out.push(k);
    else if (typeof v === "object" && v !== null) {
      const nested = loadPaths(v);
      out.push(...(nested.length === 0 ? [k] : nested.map((p) => `${k}/${p}`)));
    }
  }
  return out;
}

export function isCode(e: unknown, code: string): boolean {
  return e instanceof FakeOfficeError && e.code === code;
}

/** Base of every fake proxy (`OfficeExtension.ClientObject`). `E` is what it resolves to at sync time. */
export abstract class FakeClientObject<E> {
  readonly _ctx: BatchContext;
  readonly _gen: number;
  readonly _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  readonly _nullable: boolean;
  abstract readonly _type: string;

  constructor(ctx: BatchContext, nullable = false) {
    this._ctx = ctx;
    this._gen = ctx._generation;
    this._nullable = nullable;
    if (nullable) {
      // *OrNullObject: isNullObject is "loaded automatically" at the next sync.
      ctx._enqueue({
        statement: "probe",
        size: 20,
        write: false,
        run: (tx) => {
          let isNull = false;
          try {
            this._resolve(tx);
          } catch (e) {
            if (!isCode(e, "ItemNotFound")) throw e;
            isNull = true;
          }
          tx.onCommit(() => {
            this._isNull = isNull;
          });
        },
      });
    }
  }

  /** Finds the workbook entity; throws ItemNotFound (or other codes) when it is gone. */
  abstract _resolve(tx: Transaction): E;
  /** Scalar properties `load()` without arguments fetches. */
  abstract _props(): readonly string[];
  /** Value of a scalar property at this point of the sync. */
  abstract _read(prop: string, entity: E, tx: Transaction): unknown;
  /** Navigation properties that accept nested loads ("format" → RangeFormat). */
  _nav(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  get context(): BatchContext {
    this._use();
    return this._ctx;
  }

  /** Every use (set, call, read) requires the object's batch to be running (or the object tracked). */
  _use(): void {
    const ctx = this._ctx;
    if (!ctx._active || (this._gen !== ctx._generation && !ctx._isTracked(this))) {
      fail("InvalidObjectPath", INVALID_OBJECT_PATH_MESSAGE.replace("{0}", this._type), this._type);
    }
  }

  /** An argument object must belong to the same request context. */
  _sameContext(other: { _ctx: BatchContext; _use(): void }): void {
    if (other._ctx !== this._ctx)
      fail("InvalidRequestContext", "Cannot use the object across different request contexts.");
    other._use();
  }

  get isNullObject(): boolean {
    this._use();
    if (!this._nullable) return false;
    if (this._isNull === undefined)
      fail(
        "PropertyNotLoaded",
        PROPERTY_NOT_LOADED_MESSAGE.replace("{0}", "isNullObject"),
        `${this._type}.isNullObject`,
      );
    return this._isNull;
  }

  /** A loaded property (snapshot of the last sync that loaded it). */
  _get<T>(prop: string): T {
    this._use();
    if (!this._loaded.has(prop))
      fail("PropertyNotLoaded", PROPERTY_NOT_LOADED_MESSAGE.replace("{0}", prop), `${this._type}.${prop}`);
    return this._loaded.get(prop) as T;
  }

  /** Resolves for a write; a null object cannot be written. */
  _target(tx: Transaction): E {
    return this._resolve(tx);
  }

  /** Queues a property set, applied at sync. */
  _set(prop: string, value: unknown, apply: (tx: Transaction, e: E) => void, write = true): void {
    this._use();
    this._loaded.delete(prop);
    this._ctx._enqueue({
      statement: `${this._type}.${prop} = ...`,
      size: 40 + this._type.length + prop.length + jsonLength(value),
      write,
      run: (tx) => apply(tx, this._target(tx)),
    });
  }

  /** Queues a method call, applied at sync. */
  _call(
    method: string,
    args: readonly unknown[],
    apply: (tx: Transaction, e: E) => void,
    write = true,
  ): void {
    this._use();
    this._ctx._enqueue({
      statement: `${this._type}.${method}(...)`,
      size: 40 + this._type.length + method.length + jsonLength(args),
      write,
      run: (tx) => apply(tx, this._target(tx)),
    });
  }

  private readonly children = new Map<string, unknown>();

  /** Navigation properties return the same child object on every access, as in Office.js. */
  _child<T>(key: string, make: () => T): T {
    let child = this.children.get(key) as T | undefined;
    if (child === undefined) {
      child = make();
      this.children.set(key, child);
    }
    return child;
  }

  /** When the member's set is above the supported one, queues a statement that fails the sync with ApiNotFound. */
  _requires(version: string, member: string): void {
    if (this._ctx._host.supports("ExcelApi", version)) return;
    this._ctx._enqueue({
      statement: member,
      size: 0,
      write: false,
      run: () => this._ctx._host.requireExcelApi(version, member),
    });
  }

  load(option?: LoadArgument): this {
    this._use();
    const paths = loadPaths(option);
    const own = new Set<string>();
    const nested = new Map<string, string[]>();
    const known = this._props();
    if (paths.length === 0 || paths.includes("*")) for (const p of known) own.add(p);
    for (const p of paths) {
      if (p === "*") continue;
      const slash = p.indexOf("/");
      if (slash >= 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      } else if (known.includes(p)) own.add(p);
      else if (this._nav(p)) nested.set(p, nested.get(p) ?? []);
      else {
        this._ctx._enqueue({
          statement: `${this._type}.load(${p})`,
          size: 20,
          write: false,
          run: () =>
            fail(
              "InvalidArgument",
              `The property '${p}' does not exist on ${this._type}.`,
              `${this._type}.load`,
            ),
        });
      }
    }
    const props = [...own];
    if (props.length > 0) {
      this._ctx._enqueue({
        statement: `${this._type}.load(${props.join(",")})`,
        size: 30 + props.join(",").length,
        write: false,
        run: (tx) => this._runLoad(tx, props),
      });
    }
    for (const [head, sub] of nested) {
      const child = this._nav(head);
      if (!child) {
        this._ctx._enqueue({
          statement: `${this._type}.load(${head})`,
          size: 20,
          write: false,
          run: () =>
            fail(
              "InvalidArgument",
              `The property '${head}' does not exist on ${this._type}.`,
              `${this._type}.load`,
            ),
        });
      } else child.load(sub.length === 0 ? undefined : sub);
    }
    return this;
  }

  _runLoad(tx: Transaction, props: readonly string[]): void {
    let entity: E;
    try {
      entity = this._resolve(tx);
    } catch (e) {
      if (this._nullable && isCode(e, "ItemNotFound")) return; // a null object loads nothing
      throw e;
    }
    const values: [string, unknown][] = [];
    for (const p of props) {
      const v = this._read(p, entity, tx);
      tx.responseChars += p.length + 3 + jsonLength(v);
      values.push([p, v]);
    }
    tx.onCommit(() => {
      for (const [p, v] of values) this._loaded.set(p, v);
    });
  }

  toJSON(): Record<string, unknown> {
    this._use();
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    (this._ctx as unknown as { trackedObjects: { add(o: object): void } }).trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    (this._ctx as unknown as { trackedObjects: { remove(o: object): void } }).trackedObjects.remove(this);
    return this;
  }
}

/** Collections: `items` after `load`, `load("items/name")` or `load("name")` for item properties. */
export abstract class FakeCollection<E, P extends FakeClientObject<E>> extends FakeClientObject<
  readonly E[]
> {
  abstract _makeItem(entity: E): P;
  abstract _itemProps(): readonly string[];

  override _props(): readonly string[] {
    return [];
  }

  override _read(prop: string, entity: readonly E[]): unknown {
    return prop === "count" ? entity.length : undefined;
  }

  get items(): P[] {
    return this._get<P[]>("items");
  }

  override load(option?: LoadArgument): this {
    this._use();
    const paths = loadPaths(option);
    const own = this._props();
    const itemProps = new Set<string>();
    const ownProps: string[] = [];
    const itemNested: string[] = [];
    for (const raw of paths) {
      const p = raw.startsWith("items/") ? raw.slice(6) : raw;
      if (raw === "items" || p === "*") {
        for (const x of this._itemProps()) itemProps.add(x);
      } else if (!raw.startsWith("items/") && own.includes(p)) ownProps.push(p);
      else if (p.includes("/")) itemNested.push(p);
      else itemProps.add(p);
    }
    if (paths.length === 0) for (const x of this._itemProps()) itemProps.add(x);
    const props = [...itemProps];
    this._ctx._enqueue({
      statement: `${this._type}.load(${paths.join(",")})`,
      size: 30 + paths.join(",").length,
      write: false,
      run: (tx) => {
        let list: readonly E[];
        try {
          list = this._resolve(tx);
        } catch (e) {
          if (this._nullable && isCode(e, "ItemNotFound")) return;
          throw e;
        }
        const items = list.map((e) => this._makeItem(e));
        for (const item of items) {
          const bad = props.find((p) => !item._props().includes(p));
          if (bad !== undefined)
            fail(
              "InvalidArgument",
              `The property '${bad}' does not exist on ${item._type}.`,
              `${this._type}.load`,
            );
          item._runLoad(tx, props);
          for (const n of itemNested) {
            const [head, ...rest] = n.split("/");
            const child = item._nav(head!);
            if (!child)
              fail(
                "InvalidArgument",
                `The property '${head}' does not exist on ${item._type}.`,
                `${this._type}.load`,
              );
            child._runLoad(tx, rest.length === 1 ? [rest[0]!] : child._props());
          }
        }
        const ownValues = ownProps.map((p) => [p, this._read(p, list)] as const);
        tx.responseChars += 10 * items.length;
        tx.onCommit(() => {
          this._loaded.set("items", items);
          for (const [p, v] of ownValues) this._loaded.set(p, v);
        });
      },
    });
    return this;
  }
}

/** `OfficeExtension.ClientResult<T>`: `.value` only after the sync that computes it. */
export class FakeClientResult<T> {
  private ready = false;
  private v: T | undefined;

  get value(): T {
    if (!this.ready)
      fail(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.v as T;
  }

  _resolveWith(tx: Transaction, value: T): void {
    tx.responseChars += jsonLength(value);
    tx.onCommit(() => {
      this.v = value;
      this.ready = true;
    });
  }
}

/** Helper for ops that return a ClientResult. */
export function clientResult<E, T>(
  owner: FakeClientObject<E>,
  method: string,
  compute: (tx: Transaction, e: E) => T,
): FakeClientResult<T> {
  const result = new FakeClientResult<T>();
  owner._call(method, [], (tx, e) => result._resolveWith(tx, compute(tx, e)), false);
  return result;
}
