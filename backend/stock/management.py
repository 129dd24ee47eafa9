"""The only place stock numbers change.

Every change is one guarded UPDATE on a `stocks` row (it fails rather than take on_hand or reserved below zero,
or reserved above on_hand) plus one StockMovement row, inside the caller's transaction. Reservations pick
batches first-expiry-first-out (FEFO). Callers lock nothing themselves: on PostgreSQL the rows a reservation
reads are locked FOR UPDATE, always in (sku, location, batch) order, so concurrent buyers queue instead of
deadlocking; SQLite serialises writing transactions anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import groupby
from typing import Any

from tortoise import timezone
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import Conflict, InsufficientStock
from backend.raw_sql import (
    Insert,
    InsertsSql,
    execute,
    fetch,
    insert_all,
    insert_values,
    inserts_sql,
    is_postgres,
    next_ids_of,
    next_ids_sql,
    placeholders,
)
from backend.stock import messages
from backend.stock.models import (
    Batch,
    MovementKind,
    Reservation,
    ReservationStatus,
    Stock,
    StockMovement,
)
from backend.stock.outbox import OUTBOX_INSERT_FROM_S, record_stock_change, record_stock_changes
from backend.timestamps import business_today, to_china


@dataclass(frozen=True)
class Ref:
    """What caused a change: ("order", "12"), ("transfer", "T20261123001") ..."""

    type: str
    id: str


async def ensure_stock_row(sku_id: int, location_id: int, batch_id: int, conn: BaseDBAsyncClient) -> int:
    """The id of the stocks row for (sku, location, batch), created empty if missing (race-safe)."""
    await execute(
        conn,
        "INSERT INTO stocks (sku_id, location_id, batch_id, on_hand, reserved, updated_at) "
        "VALUES ($1, $2, $3, 0, 0, CURRENT_TIMESTAMP) ON CONFLICT (sku_id, location_id, batch_id) DO NOTHING",
        [sku_id, location_id, batch_id],
    )
    rows = await fetch(
        conn, "SELECT id FROM stocks WHERE sku_id = $1 AND location_id = $2 AND batch_id = $3",
        [sku_id, location_id, batch_id],
    )
    return int(rows[0]["id"])


_GUARDED_UPDATE = (
    "UPDATE stocks SET on_hand = on_hand + $1, reserved = reserved + $2, updated_at = CURRENT_TIMESTAMP "
    "WHERE id = $3 AND on_hand + $1 >= 0 AND reserved + $2 >= 0 AND on_hand + $1 >= reserved + $2 "
    "RETURNING id, on_hand, reserved, sku_id, location_id, batch_id"
)
# PostgreSQL: the guarded UPDATE, its movement, its outbox event (only when the available quantity moves) and,
# for a reservation, the reservation row in ONE statement (data-modifying CTEs): the stocks row stays locked for
# one round trip instead of four. If the guard fails, `s` is empty and nothing is inserted. The parameters are
# cast because an untyped parameter in INSERT ... SELECT would resolve to text.
_PG_MOVEMENT = (
    "m AS (INSERT INTO stock_movements (stock_id, sku_id, location_id, batch_id, kind, on_hand_delta, "
    "reserved_delta, reason, note, ref_type, ref_id, user_id, created_at) "
    "SELECT id, sku_id, location_id, batch_id, $4::varchar, $1::int, $2::int, $5::varchar, $6::varchar, "
    "$7::varchar, $8::varchar, $9::int, $10::timestamptz FROM s)"
)
_PG_OUTBOX = "o AS (" + OUTBOX_INSERT_FROM_S + ")"
_PG_RESERVATION = (
    "r AS (INSERT INTO reservations (stock_id, order_item_id, ref_type, ref_id, qty, qty_consumed, status, "
    "expires_at, created_at) SELECT id, $11::int, $7::varchar, $8::varchar, $2::int, 0, $12::varchar, "
    "$13::timestamptz, $10::timestamptz FROM s RETURNING id)"
)


@dataclass(frozen=True)
class _Hold:
    """The reservation row a reserving change writes with it."""

    order_item_id: int | None
    expires_at: datetime | None


async def _change(
    stock_id: int, on_hand_delta: int, reserved_delta: int, kind: MovementKind, ref: Ref | None, reason: str,
    note: str, user_id: int | None, conn: BaseDBAsyncClient, hold: _Hold | None = None,
) -> tuple[int, int, Reservation | None]:
    """The guarded UPDATE of one stocks row + its movement + its outbox event (+ the reservation of `hold`, which
    holds `reserved_delta` units). Returns the new (on_hand, reserved) and the reservation. Raises
    InsufficientStock, writing nothing, when the guard fails."""
    ref_type, ref_id, note = (ref.type if ref else ""), (ref.id if ref else ""), note[:255]
    available_changed = on_hand_delta - reserved_delta != 0
    if is_postgres(conn):
        now = timezone.localtime()  # what the ORM's auto_now_add would write
        ctes = ["s AS (" + _GUARDED_UPDATE + ")", _PG_MOVEMENT]
        values: list[object] = [on_hand_delta, reserved_delta, stock_id, MovementKind(kind).value, reason, note,
                                ref_type, ref_id, user_id, now]
        if available_changed:
            ctes.append(_PG_OUTBOX)
        if hold is not None:
            ctes.append(_PG_RESERVATION)
            values += [hold.order_item_id, ReservationStatus.ACTIVE.value, _stored(hold.expires_at)]
        select = "SELECT on_hand, reserved" + (", (SELECT id FROM r) AS reservation_id" if hold else "") + " FROM s"
        rows = await fetch(conn, "WITH " + ", ".join(ctes) + " " + select, values)
        if not rows:
            raise InsufficientStock(messages.INSUFFICIENT)
        row = rows[0]
        reservation = None
        if hold is not None:
            reservation = Reservation(
                stock_id=stock_id, order_item_id=hold.order_item_id, ref_type=ref_type, ref_id=ref_id,
                qty=reserved_delta, expires_at=hold.expires_at, created_at=now,
            )
            reservation.id = int(row["reservation_id"])
            reservation._saved_in_db = True
        return int(row["on_hand"]), int(row["reserved"]), reservation
    # SQLite (no data-modifying CTEs): the same rows, one statement each.
    rows = await fetch(conn, _GUARDED_UPDATE, [on_hand_delta, reserved_delta, stock_id])
    if not rows:
        raise InsufficientStock(messages.INSUFFICIENT)
    row = rows[0]
    await StockMovement.create(
        stock_id=stock_id, sku_id=row["sku_id"], location_id=row["location_id"], batch_id=row["batch_id"],
        kind=kind, on_hand_delta=on_hand_delta, reserved_delta=reserved_delta, reason=reason, note=note,
        ref_type=ref_type, ref_id=ref_id, user_id=user_id, using_db=conn,
    )
    # Channel sync: the transactional outbox event of this change (same transaction, one INSERT).
    await record_stock_change(row["sku_id"], row["location_id"], on_hand_delta - reserved_delta, conn)
    reservation = None
    if hold is not None:
        reservation = await Reservation.create(
            stock_id=stock_id, order_item_id=hold.order_item_id, ref_type=ref_type, ref_id=ref_id,
            qty=reserved_delta, expires_at=hold.expires_at, using_db=conn,
        )
    return int(row["on_hand"]), int(row["reserved"]), reservation


async def apply_change(
    stock_id: int,
    *,
    on_hand_delta: int = 0,
    reserved_delta: int = 0,
    kind: MovementKind,
    ref: Ref | None = None,
    reason: str = "",
    note: str = "",
    user_id: int | None = None,
    conn: BaseDBAsyncClient,
) -> tuple[int, int]:
    """Change one stocks row and journal it. Returns the new (on_hand, reserved).

    Raises InsufficientStock, changing nothing, when the row would go negative or reserve more than it holds.
    """
    on_hand, reserved, _ = await _change(stock_id, on_hand_delta, reserved_delta, kind, ref, reason, note, user_id,
                                         conn)
    return on_hand, reserved


def _fefo(expiry: date | None, batch_id: int) -> tuple[int, str, int]:
    return (0 if expiry else 1, expiry.isoformat() if expiry else "", batch_id)


def _fefo_key(stock: Stock) -> tuple[int, str, int]:
    return _fefo(stock.batch.expiry_date, stock.batch_id)


@dataclass(frozen=True)
class Sellable:
    """A stocks row with units available, as a reservation reads it."""

    id: int
    batch_id: int
    expiry_date: date | None
    on_hand: int
    reserved: int


def _sellable_of(rows: list[dict[str, Any]], today: date) -> list[Sellable]:
    """The rows that have something available and are not past their expiry date, earliest expiry first."""
    out: list[Sellable] = []
    for r in rows:
        expiry = r["expiry_date"]
        if isinstance(expiry, str):  # SQLite keeps dates as ISO text
            expiry = date.fromisoformat(expiry)
        if r["on_hand"] > r["reserved"] and not (expiry and expiry < today):
            out.append(Sellable(int(r["id"]), int(r["batch_id"]), expiry, int(r["on_hand"]), int(r["reserved"])))
    return sorted(out, key=lambda s: _fefo(s.expiry_date, s.batch_id))


async def sellable_stocks(
    sku_id: int, location_id: int, conn: BaseDBAsyncClient, *, lock: bool = True, on_or_after: datetime | None = None,
    batch_id: int | None = None,
) -> list[Sellable]:
    """Rows of a SKU at a location (optionally one batch) that have something available, earliest expiry first.

    Batches already past their expiry date are never sold. On PostgreSQL every row of the SKU at the location (or
    of the batch) is locked, in id order. One plain statement: on a hot SKU the row is locked from here to the
    COMMIT, so no ORM object building happens in between.
    """
    rows = await fetch(
        conn,
        "SELECT s.id, s.batch_id, s.on_hand, s.reserved, b.expiry_date FROM stocks s "
        "JOIN batches b ON b.id = s.batch_id WHERE s.sku_id = $1 AND s.location_id = $2"
        + (" AND s.batch_id = $3" if batch_id is not None else "") + " ORDER BY s.id"
        + (" FOR UPDATE OF s" if lock and is_postgres(conn) else ""),
        [sku_id, location_id] + ([batch_id] if batch_id is not None else []),
    )
    return _sellable_of(rows, to_china(on_or_after).date() if on_or_after else business_today())


async def reserve(
    *,
    sku_id: int,
    location_id: int,
    qty: int,
    ref: Ref,
    conn: BaseDBAsyncClient,
    order_item_id: int | None = None,
    expires_at: datetime | None = None,
    user_id: int | None = None,
    sku_label: str = "",
    location_label: str = "",
    batch_id: int | None = None,
) -> list[Reservation]:
    """Hold `qty` units at one location, FEFO across batches (or from one batch). All or nothing."""
    if qty <= 0:
        raise ValueError("qty must be positive")
    stocks = await sellable_stocks(sku_id, location_id, conn, batch_id=batch_id)
    available = sum(s.on_hand - s.reserved for s in stocks)
    if available < qty:
        raise InsufficientStock(
            messages.INSUFFICIENT_AT.format(sku=sku_label or sku_id, location=location_label or location_id,
                                               need=qty, available=available)
        )
    held: list[Reservation] = []
    remaining = qty
    for stock in stocks:
        take = min(stock.on_hand - stock.reserved, remaining)
        if take <= 0:
            continue
        _, _, reservation = await _change(stock.id, 0, take, MovementKind.RESERVE, ref, "", "", user_id, conn,
                                          _Hold(order_item_id, expires_at))
        assert reservation is not None
        held.append(reservation)
        remaining -= take
        if remaining == 0:
            break
    return held


def _stored(expires_at: datetime | None) -> datetime | None:
    """A reservation's expiry as the ORM would store it (a naive time is taken as the configured zone's)."""
    if expires_at is not None and timezone.is_naive(expires_at):
        return timezone.make_aware(expires_at)
    return expires_at


def _take_fefo(rows: list[Sellable], free: dict[int, int], qty: int) -> list[tuple[Sellable, int]]:
    """`qty` units taken from `rows` (FEFO order) out of what is still `free` per row, which the takes reduce; the
    caller has checked that enough is free."""
    takes: list[tuple[Sellable, int]] = []
    remaining = qty
    for s in rows:
        take = min(free[s.id], remaining)
        if take > 0:
            takes.append((s, take))
            free[s.id] -= take
            remaining -= take
        if remaining == 0:
            break
    return takes


_MOVEMENT_COLUMNS = ("stock_id", "sku_id", "location_id", "batch_id", "kind", "on_hand_delta", "reserved_delta",
                     "reason", "note", "ref_type", "ref_id", "user_id", "created_at")
_RESERVATION_COLUMNS = ("stock_id", "order_item_id", "ref_type", "ref_id", "qty", "qty_consumed", "status",
                        "expires_at", "created_at")


@dataclass(frozen=True)
class _Take:
    """Units of one stocks row held for one order line (a reservation written without _change)."""

    sku_id: int
    stock: Sellable
    qty: int
    order_item_id: int | None
    ref: Ref
    user_id: int | None
    expires_at: datetime | None


async def _write_takes(location_id: int, takes: list[_Take], conn: BaseDBAsyncClient) -> None:
    """The rows of takes whose stocks rows are updated already: a movement, a reservation and an outbox event per
    take, as _change writes them for one, in one INSERT per table (database values, no model objects: a hot SKU's
    batch writes dozens), every column the ORM writes."""
    stamp = timezone.localtime()  # what the ORM's auto_now_add would write
    await insert_values(conn, "stock_movements", _MOVEMENT_COLUMNS, [
        (t.stock.id, t.sku_id, location_id, t.stock.batch_id, MovementKind.RESERVE.value, 0, t.qty, "", "",
         t.ref.type, t.ref.id, t.user_id, stamp) for t in takes])
    await insert_values(conn, "reservations", _RESERVATION_COLUMNS, [
        (t.stock.id, t.order_item_id, t.ref.type, t.ref.id, t.qty, 0, ReservationStatus.ACTIVE.value,
         _stored(t.expires_at), stamp) for t in takes])
    for sku_id, same_sku in groupby(takes, key=lambda t: t.sku_id):
        await record_stock_changes(sku_id, location_id, len(list(same_sku)), conn)


@dataclass(frozen=True)
class CartLine:
    """One line of an order to hold at a location (reserve_lines): `qty` units of a SKU."""

    sku_id: int
    qty: int
    order_item_id: int | None = None
    label: str = ""  # shown in the 库存不足 message, e.g. "SKU001 爱他美3段"


@dataclass
class WithRows:
    """PostgreSQL: rows a caller writes in its reservation's own statement (reserve_lines), instead of in
    statements of their own before it: `counts` new ids per table drawn with the locked read, then `build(ids)`
    gives the reservation's ref, each line's order item id (in the caller's line order) and the rows (naming
    those ids), inserted by the reservation's statement. The ids are drawn once and the rows built once, however
    many locations are tried; `written` holds each Insert's ids (raw_sql.insert_all's answer) once held."""

    counts: Mapping[str, int]
    build: Callable[[dict[str, list[int]]], tuple[Ref, list[int | None], list[Insert]]]
    ids: dict[str, list[int]] | None = None
    built: tuple[Ref, list[int | None], list[Insert]] | None = None
    written: list[list[int | None]] = field(default_factory=list)


async def _locked_sellable(sku_ids: list[int], location_id: int, conn: BaseDBAsyncClient,
                           draw: Mapping[str, int] | None = None) -> tuple[dict[int, list[Sellable]], dict[str, list[int]]]:
    """sellable_stocks for several SKUs at one location in one statement: on PostgreSQL every row of those SKUs at
    the location is locked, by SKU then ascending id (the lock order: each SKU's rows as sellable_stocks locks
    them, the SKUs in the order a line-by-line reservation took them). With `draw` (PostgreSQL), the same statement
    draws that many new ids per table (raw_sql.next_ids), answered second."""
    postgres = is_postgres(conn)
    # PostgreSQL: the SKUs as one array (the statement's text the same for any number of SKUs: one prepared
    # statement); SQLite: an IN list
    skus = "= ANY($2::int[])" if postgres else f"IN ({placeholders(2, len(sku_ids))})"
    select = ("SELECT s.id, s.sku_id, s.batch_id, s.on_hand, s.reserved, b.expiry_date FROM stocks s "
              f"JOIN batches b ON b.id = s.batch_id WHERE s.location_id = $1 AND s.sku_id {skus} "
              "ORDER BY s.sku_id, s.id" + (" FOR UPDATE OF s" if postgres else ""))
    values: list[Any] = [location_id, sku_ids] if postgres else [location_id, *sku_ids]
    ids: dict[str, list[int]] = {}
    if draw:
        # one row of ids, joined to the locked rows (the ids' row alone, its columns null, when none exists)
        draws, more = next_ids_sql(draw, len(values) + 1)
        rows = await fetch(conn, f"SELECT x.*, d.* FROM (SELECT {draws}) d LEFT JOIN LATERAL ({select}) x ON true",
                           values + more)
        ids = next_ids_of(rows[0], draw)
        rows = [r for r in rows if r["id"] is not None]
    else:
        rows = await fetch(conn, select, values)
    by_sku: dict[int, list[dict[str, Any]]] = {sku_id: [] for sku_id in sku_ids}
    for r in rows:
        by_sku[int(r["sku_id"])].append(r)
    today = business_today()
    return {sku_id: _sellable_of(sku_rows, today) for sku_id, sku_rows in by_sku.items()}, ids


def _free(stocks: dict[int, list[Sellable]]) -> dict[int, int]:
    """Units free per stocks row, as read: what plans take from."""
    return {s.id: s.on_hand - s.reserved for rows in stocks.values() for s in rows}


def _plan_lines(stocks: dict[int, list[Sellable]], lines: list[CartLine], location_label: str | int,
                free: dict[int, int]) -> list[tuple[CartLine, Sellable, int]]:
    """(line, row, units) takes of every line of one order, FEFO, in SKU order, each from what is still `free`
    (which they reduce): exactly the batches `reserve` picks line by line. Raises InsufficientStock for the first
    line that does not fit, `free` as it was."""
    takes: list[tuple[CartLine, Sellable, int]] = []
    for line in sorted(lines, key=lambda ln: ln.sku_id):
        if line.qty <= 0:
            raise ValueError("qty must be positive")
        rows = stocks[line.sku_id]
        available = sum(free[s.id] for s in rows)
        if available < line.qty:
            for _, s, take in takes:  # give back what its earlier lines took
                free[s.id] += take
            raise InsufficientStock(messages.INSUFFICIENT_AT.format(
                sku=line.label or line.sku_id, location=location_label, need=line.qty, available=available))
        takes += [(line, s, take) for s, take in _take_fefo(rows, free, line.qty)]
    return takes


# PostgreSQL: the whole reservation of one cart or of a batch of carts in ONE statement once their rows are locked:
# the guarded UPDATE of every row (all rows or none: the NOT EXISTS refuses the lot when one row's guard fails, so
# `s` is then empty), and from `s` a movement, an outbox event and a reservation per take, as _change writes them
# for one take. Arrays, so the text (and asyncpg's prepared statement) is the same for every cart and batch.
_PG_RESERVE_CTES = (
    "v AS (SELECT * FROM unnest($1::bigint[], $2::int[]) AS v(sid, d)), "
    "s AS (UPDATE stocks SET reserved = stocks.reserved + v.d, updated_at = CURRENT_TIMESTAMP FROM v "
    "WHERE stocks.id = v.sid AND NOT EXISTS (SELECT 1 FROM v w JOIN stocks x ON x.id = w.sid "
    "WHERE NOT (x.on_hand >= 0 AND x.reserved + w.d >= 0 AND x.on_hand >= x.reserved + w.d)) "
    "RETURNING stocks.id, stocks.sku_id, stocks.location_id, stocks.batch_id), "
    "t AS (SELECT * FROM unnest($3::bigint[], $4::int[], $5::bigint[], $6::varchar[], $7::varchar[], $8::int[], "
    "$9::timestamptz[]) WITH ORDINALITY AS t(sid, qty, item, ref_type, ref_id, user_id, expires_at, n)), "
    "m AS (INSERT INTO stock_movements (stock_id, sku_id, location_id, batch_id, kind, on_hand_delta, reserved_delta, "
    "reason, note, ref_type, ref_id, user_id, created_at) SELECT s.id, s.sku_id, s.location_id, s.batch_id, "
    "$10::varchar, 0, t.qty, '', '', t.ref_type, t.ref_id, t.user_id, $11::timestamptz "
    "FROM t JOIN s ON s.id = t.sid ORDER BY t.n), "
    "o AS (INSERT INTO channel_outbox (sku_id, location_id, created_at) SELECT s.sku_id, s.location_id, "
    "CURRENT_TIMESTAMP FROM t JOIN s ON s.id = t.sid ORDER BY t.n), "
    "r AS (INSERT INTO reservations (stock_id, order_item_id, ref_type, ref_id, qty, qty_consumed, status, "
    "expires_at, created_at) SELECT t.sid, t.item, t.ref_type, t.ref_id, t.qty, 0, $12::varchar, "
    "t.expires_at, $11::timestamptz FROM t JOIN s ON s.id = t.sid ORDER BY t.n)"
)
_PG_RESERVE_LINES = "WITH " + _PG_RESERVE_CTES + " SELECT count(*) AS n FROM s"


def _guarded_update_many(count: int) -> str:
    """SQLite: the guarded UPDATE of `count` rows ($1 id, $2 delta, $3 id, ...), all or none, as in
    _PG_RESERVE_LINES."""
    values = ", ".join(f"(${2 * i + 1}, ${2 * i + 2})" for i in range(count))
    return (
        f"WITH v(sid, d) AS (VALUES {values}) "
        "UPDATE stocks SET reserved = reserved + v.d, updated_at = CURRENT_TIMESTAMP FROM v "
        "WHERE stocks.id = v.sid AND NOT EXISTS (SELECT 1 FROM v w JOIN stocks x ON x.id = w.sid "
        "WHERE NOT (x.on_hand >= 0 AND x.reserved + w.d >= 0 AND x.on_hand >= x.reserved + w.d)) RETURNING id"
    )


def _row_totals(takes: list[_Take]) -> dict[int, int]:
    """Units taken per stocks row: what its one guarded UPDATE adds to `reserved`."""
    totals: dict[int, int] = {}
    for t in takes:
        totals[t.stock.id] = totals.get(t.stock.id, 0) + t.qty
    return totals


def _pg_reserve_values(takes: list[_Take]) -> tuple[list[Any], int]:
    """_PG_RESERVE_CTES's values for `takes`, and the number of stocks rows it must update."""
    totals = _row_totals(takes)
    row_ids = sorted(totals)
    return [
        row_ids, [totals[i] for i in row_ids],
        [t.stock.id for t in takes], [t.qty for t in takes], [t.order_item_id for t in takes],
        [t.ref.type for t in takes], [t.ref.id for t in takes], [t.user_id for t in takes],
        [_stored(t.expires_at) for t in takes],
        MovementKind.RESERVE.value, timezone.localtime(), ReservationStatus.ACTIVE.value,
    ], len(row_ids)


async def _hold_takes(location_id: int, takes: list[_Take], conn: BaseDBAsyncClient) -> None:
    """The planned takes of rows locked already: one guarded UPDATE of every row, all or none (InsufficientStock,
    writing nothing, if a guard fails: the guard stays the last word), and a movement, a reservation and an outbox
    event per take (on PostgreSQL all in one statement)."""
    if is_postgres(conn):
        values, count = _pg_reserve_values(takes)
        rows = await fetch(conn, _PG_RESERVE_LINES, values)
        if int(rows[0]["n"]) != count:
            raise InsufficientStock(messages.INSUFFICIENT)
        return
    totals = _row_totals(takes)
    updated = await fetch(conn, _guarded_update_many(len(totals)), [x for i in sorted(totals) for x in (i, totals[i])])
    if len(updated) != len(totals):
        raise InsufficientStock(messages.INSUFFICIENT)
    await _write_takes(location_id, takes, conn)


async def reserve_lines(
    *, location_id: int, lines: list[CartLine], ref: Ref | None, conn: BaseDBAsyncClient,
    expires_at: datetime | None = None, user_id: int | None = None, location_label: str = "",
    with_rows: WithRows | None = None,
) -> None:
    """Hold every line of one order at one location, all or nothing, in a constant number of statements: one
    locked read of all the lines' rows (_locked_sellable), FEFO per line in SKU order (the batches `reserve`
    would pick line by line), then one guarded UPDATE of every row and one INSERT each of the movements,
    reservations and outbox events, the same rows per take as `reserve` writes (on PostgreSQL all four in one
    statement). Raises InsufficientStock, writing nothing, when a line does not fit.

    `with_rows` (PostgreSQL only; `ref` and the lines' order item ids then come from it): the caller's rows are
    written by the same statement as the reservation, their ids drawn by the locked read (two statements in all).
    If the guarded UPDATE refuses, they are written too and InsufficientStock is raised: the caller's transaction
    (or savepoint) rolls them back."""
    if with_rows is not None and not is_postgres(conn):
        raise TypeError("with_rows needs PostgreSQL")
    draw = with_rows.counts if with_rows is not None and with_rows.ids is None else None
    stocks, ids = await _locked_sellable(sorted({ln.sku_id for ln in lines}), location_id, conn, draw)
    inserts: list[Insert] = []
    if with_rows is not None:
        if with_rows.ids is None:
            with_rows.ids = ids
        if with_rows.built is None:
            with_rows.built = with_rows.build(with_rows.ids)
        ref, item_ids, inserts = with_rows.built
        lines = [replace(ln, order_item_id=item_id) for ln, item_id in zip(lines, item_ids, strict=True)]
    assert ref is not None
    planned = _plan_lines(stocks, lines, location_label or location_id, _free(stocks))
    takes = [_Take(ln.sku_id, s, take, ln.order_item_id, ref, user_id, expires_at) for ln, s, take in planned]
    composed: InsertsSql | None = None
    if with_rows is not None:
        values, count = _pg_reserve_values(takes)
        composed = await inserts_sql(conn, inserts, len(values) + 1)  # the caller's rows as CTEs after the reservation's values
        if composed is None:  # too many values for one statement: written before the reservation
            with_rows.written = await insert_all(conn, inserts)
        else:
            rows = await fetch(conn, f"WITH {_PG_RESERVE_CTES}, {', '.join(composed.ctes)} SELECT "
                                     f"(SELECT count(*) FROM s) AS n, {', '.join(composed.selects)}",
                               values + composed.values)
            with_rows.written = composed.answer(rows[0])
            if int(rows[0]["n"]) != count:
                raise InsufficientStock(messages.INSUFFICIENT)
            return
    await _hold_takes(location_id, takes, conn)


@dataclass(frozen=True)
class OrderHold:
    """One order's share of a group reservation (backend.orders.group_commit): its lines (with their order item
    ids) held for `ref`."""

    ref: Ref
    lines: list[CartLine]
    expires_at: datetime | None = None
    user_id: int | None = None


def _plan_orders(stocks: dict[int, list[Sellable]], holds: list[OrderHold],
                 location_id: int) -> list[list[_Take] | None]:
    """Each order's takes, in arrival order, planned as reserve_lines plans a lone order (_plan_lines) from what
    the earlier orders left. None: the order does not fit whole (it takes nothing; later, smaller orders may still
    fit)."""
    free = _free(stocks)
    plans: list[list[_Take] | None] = []
    for h in holds:
        try:
            planned = _plan_lines(stocks, h.lines, location_id, free)
        except InsufficientStock:
            plans.append(None)
            continue
        plans.append([_Take(ln.sku_id, s, take, ln.order_item_id, h.ref, h.user_id, h.expires_at)
                      for ln, s, take in planned])
    return plans


async def reserve_orders(*, location_id: int, holds: list[OrderHold], conn: BaseDBAsyncClient) -> list[bool]:
    """Hold several orders' lines at one location at once: one locked read of every row of their SKUs there
    (_locked_sellable: the lock order of a lone cart), FEFO per order in arrival order, then ONE guarded UPDATE of
    every row for the sum of its takes and a movement, a reservation and an outbox event per order, line and row,
    exactly as reserve_lines writes them order by order (on PostgreSQL in one statement).

    All or nothing: when an order does not fit, nothing is written and the answer says which orders would fit
    (greedy, in order), so the caller can retry with those. Returns [True] * len(holds) when held."""
    if not holds:
        return []
    stocks, _ = await _locked_sellable(sorted({ln.sku_id for h in holds for ln in h.lines}), location_id, conn)
    plans = _plan_orders(stocks, holds, location_id)
    fits = [p is not None for p in plans]
    if all(fits):
        await _hold_takes(location_id, [t for takes in plans for t in takes or []], conn)
    return fits


async def release(reservation: Reservation, *, conn: BaseDBAsyncClient, user_id: int | None = None,
                  note: str = "") -> int:
    """Give back what a reservation still holds. Returns the units released (0 if nothing was held)."""
    rows = await fetch(
        conn,
        "UPDATE reservations SET status = $1 WHERE id = $2 AND status = $3 RETURNING qty, qty_consumed",
        [ReservationStatus.RELEASED.value, reservation.id, ReservationStatus.ACTIVE.value],
    )
    if not rows:
        return 0
    left = int(rows[0]["qty"]) - int(rows[0]["qty_consumed"])
    if left:
        await apply_change(reservation.stock_id, reserved_delta=-left, kind=MovementKind.RELEASE,
                           ref=Ref(reservation.ref_type, reservation.ref_id), user_id=user_id, note=note, conn=conn)
    return left


async def consume(reservation: Reservation, qty: int, *, kind: MovementKind, ref: Ref, conn: BaseDBAsyncClient,
                  user_id: int | None = None) -> None:
    """Goods leave: take `qty` of a reservation off both reserved and on hand."""
    rows = await fetch(
        conn,
        "UPDATE reservations SET qty_consumed = qty_consumed + $1, "
        "status = CASE WHEN qty_consumed + $1 = qty THEN $2 ELSE status END "
        "WHERE id = $3 AND status = $4 AND qty_consumed + $1 <= qty RETURNING id",
        [qty, ReservationStatus.CONSUMED.value, reservation.id, ReservationStatus.ACTIVE.value],
    )
    if not rows:
        raise InsufficientStock("预留数量不足，无法出库")
    await apply_change(reservation.stock_id, on_hand_delta=-qty, reserved_delta=-qty, kind=kind, ref=ref,
                       user_id=user_id, conn=conn)


async def put_away(
    *, sku_id: int, location_id: int, batch_id: int, qty: int, kind: MovementKind, ref: Ref | None,
    conn: BaseDBAsyncClient, user_id: int | None = None, reason: str = "", note: str = "",
) -> int:
    """Goods arrive (receipt, return, transfer in, found): add to on hand. Returns the stocks row id."""
    if qty <= 0:
        raise ValueError("qty must be positive")
    stock_id = await ensure_stock_row(sku_id, location_id, batch_id, conn)
    await apply_change(stock_id, on_hand_delta=qty, kind=kind, ref=ref, user_id=user_id, reason=reason, note=note,
                       conn=conn)
    return stock_id


async def default_batch(sku_id: int, conn: BaseDBAsyncClient) -> Batch:
    """The single batch of a SKU that is not batch-tracked (no expiry)."""
    batch, _ = await Batch.get_or_create(sku_id=sku_id, batch_no="-", defaults={}, using_db=conn)
    return batch


async def locked_rows(sku_id: int, location_id: int, conn: BaseDBAsyncClient, *,
                      batch_id: int | None = None) -> list[Stock]:
    """Every stocks row of a SKU at a location (optionally one batch), locked on PostgreSQL in id order like
    sellable_stocks, returned earliest expiry first (expired batches included)."""
    qs = Stock.filter(sku_id=sku_id, location_id=location_id).using_db(conn).select_related("batch").order_by("id")
    if batch_id is not None:
        qs = qs.filter(batch_id=batch_id)
    if is_postgres(conn):
        qs = qs.select_for_update(of=("stocks",))
    return sorted(await qs, key=_fefo_key)


async def take_fefo(
    *, sku_id: int, location_id: int, qty: int, kind: MovementKind, ref: Ref | None, conn: BaseDBAsyncClient,
    batch_id: int | None = None, user_id: int | None = None, reason: str = "", note: str = "",
) -> list[tuple[Stock, int]]:
    """Goods leave without a reservation (write-off, loss, stocktake shortage): take `qty` off on hand from the
    unreserved units, earliest expiry first (expired batches first of all), or from one batch. All or nothing:
    raises InsufficientStock, writing nothing, when the unreserved units are short. Returns (row, taken) pairs."""
    if qty <= 0:
        raise ValueError("qty must be positive")
    rows = await locked_rows(sku_id, location_id, conn, batch_id=batch_id)
    on_hand = sum(s.on_hand for s in rows)
    free = sum(max(s.on_hand - s.reserved, 0) for s in rows)
    if on_hand < qty:
        raise InsufficientStock(messages.NEGATIVE_ON_HAND.format(on_hand=on_hand, delta=-qty))
    if free < qty:
        raise InsufficientStock(messages.BELOW_RESERVED)
    taken: list[tuple[Stock, int]] = []
    remaining = qty
    for stock in rows:
        take = min(stock.on_hand - stock.reserved, remaining)
        if take <= 0:
            continue
        await apply_change(stock.id, on_hand_delta=-take, kind=kind, ref=ref, user_id=user_id, reason=reason,
                           note=note, conn=conn)
        taken.append((stock, take))
        remaining -= take
        if remaining == 0:
            break
    return taken


async def retract_movement(movement_id: int, *, conn: BaseDBAsyncClient) -> None:
    """Take back a movement nothing has built on (used by import rollback): only the latest movement of its
    stocks row, only while the row can give the units back (the same guarded UPDATE as apply_change). The
    movement row goes with the change, so the journal still sums to the row and the import leaves no trace."""
    m = await StockMovement.get_or_none(id=movement_id).using_db(conn)
    if m is None:
        return
    if await StockMovement.filter(stock_id=m.stock_id, id__gt=m.id).using_db(conn).exists():
        raise Conflict("该库存之后已有其他变动，不能撤回")
    rows = await fetch(
        conn,
        "UPDATE stocks SET on_hand = on_hand - $1, reserved = reserved - $2, updated_at = CURRENT_TIMESTAMP "
        "WHERE id = $3 AND on_hand - $1 >= 0 AND reserved - $2 >= 0 AND on_hand - $1 >= reserved - $2 "
        "RETURNING on_hand",
        [m.on_hand_delta, m.reserved_delta, m.stock_id],
    )
    if not rows:
        raise InsufficientStock(messages.INSUFFICIENT)
    await m.delete(using_db=conn)
    # Channels must learn the restored quantity like any other change.
    await record_stock_change(m.sku_id, m.location_id, -(m.on_hand_delta - m.reserved_delta), conn)


async def hand_over(
    *, from_ref: Ref, sku_id: int, qty: int, to_ref: Ref, conn: BaseDBAsyncClient, order_item_id: int | None = None,
    expires_at: datetime | None = None,
) -> list[Reservation]:
    """Move `qty` units held by the active reservations of `from_ref` (one SKU) to new reservations of `to_ref`
    on the same stocks rows (e.g. a live session's pool to one of its orders). No stock number changes (the units
    stay reserved), so no movement is written. The source rows count the units as consumed, so releasing them
    later gives back only what is left. All or nothing: raises InsufficientStock, changing nothing, when the
    source holds less than `qty`. Concurrent hand-overs from the same source queue on its rows' guarded UPDATEs."""
    if qty <= 0:
        raise ValueError("qty must be positive")
    sources = await (
        Reservation.filter(ref_type=from_ref.type, ref_id=from_ref.id, status=ReservationStatus.ACTIVE,
                           stock__sku_id=sku_id).using_db(conn).order_by("id")
    )
    held: list[Reservation] = []
    remaining = qty
    for src in sources:
        take = min(src.qty - src.qty_consumed, remaining)
        if take <= 0:
            continue
        rows = await fetch(
            conn,
            "UPDATE reservations SET qty_consumed = qty_consumed + $1, "
            "status = CASE WHEN qty_consumed + $1 = qty THEN $2 ELSE status END "
            "WHERE id = $3 AND status = $4 AND qty_consumed + $1 <= qty RETURNING id",
            [take, ReservationStatus.CONSUMED.value, src.id, ReservationStatus.ACTIVE.value],
        )
        if not rows:
            continue  # taken by a concurrent hand-over meanwhile (only without a lock serialising the callers)
        held.append(await Reservation.create(
            stock_id=src.stock_id, order_item_id=order_item_id, ref_type=to_ref.type, ref_id=to_ref.id, qty=take,
            expires_at=expires_at, using_db=conn,
        ))
        remaining -= take
        if remaining == 0:
            return held
    raise InsufficientStock(messages.INSUFFICIENT)
