"""Bulk results as a table: typed rows, and Arrow, pandas and polars conversions.

:class:`StatsTable` collects the results of a bulk run as flat rows with the columns of the
CSV export (:data:`emnify.stats.export.COLUMNS`), one row per SIM, period and traffic type, or,
for daily runs, :data:`DAILY_COLUMNS`, one row per SIM, day and traffic type. A SIM without
traffic keeps one row (only its id set) and a failed id one row with ``error`` set, as in the
CSV export::

    async with client.bulk_sim_stats(ids) as results:
        table = await collect(results)
    frame = table.to_pandas()          # or table.to_polars(), table.to_arrow()

The values are typed (Python ``int``, ``float``, :class:`~decimal.Decimal` costs,
:class:`~datetime.date` months and days, aware :class:`~datetime.datetime` updates); the
conversions keep them so:

====================  ========================================================================
column                Arrow type
====================  ========================================================================
``sim_id``            ``int64`` (null for an input that was not an id: ``error`` names it)
``period``            ``string`` (``current_month``/``last_month``; monthly only)
``month`` / ``date``  ``date32``
``traffic_type``      ``string`` (``data``/``sms``)
``traffic_type_id``   ``int64``
``volume*``           ``float64``
``unit``              ``string``
``cost``              ``decimal128(38, 18)``: exact; a cost with more than 18 decimal places
                      or 20 integer digits raises ``ValueError`` rather than being rounded
``currency``          ``string``
``last_updated``      ``timestamp[us, tz=UTC]`` (monthly only)
``stats_id``          ``int64`` (monthly only)
``error``             ``string``
====================  ========================================================================

``to_pandas()`` gives these as pandas' Arrow-backed dtypes (``decimal128(38, 18)[pyarrow]``
for the cost, exact in sums), ``to_polars()`` as polars types (``Decimal(38, 18)``). Each
library is an optional extra, imported only when its method is called; a missing one raises
:class:`~emnify.errors.ConfigurationError` naming the extra to install.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from emnify.errors import ConfigurationError
from emnify.stats.daily import DailyStats
from emnify.stats.export import COLUMNS
from emnify.stats.model import MONTH_PERIODS, SimStats

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

__all__ = [
    "COST_PRECISION",
    "COST_SCALE",
    "DAILY_COLUMNS",
    "MONTHLY_COLUMNS",
    "StatsTable",
    "arrow_schema",
    "collect",
    "require",
    "typed_rows",
]

#: the columns of a monthly table: those of the CSV export
MONTHLY_COLUMNS: tuple[str, ...] = COLUMNS
#: the columns of a daily table (an endpoint run has ``endpoint_id`` in place of ``sim_id``)
DAILY_COLUMNS: tuple[str, ...] = (
    "sim_id",
    "date",
    "traffic_type",
    "traffic_type_id",
    "volume",
    "volume_rx",
    "volume_tx",
    "unit",
    "cost",
    "currency",
    "error",
)
#: the exact decimal type of the cost column: decimal128(COST_PRECISION, COST_SCALE)
COST_PRECISION = 38
COST_SCALE = 18

Kind = Literal["monthly", "daily"]

#: the pip extra that brings each optional library
_EXTRAS = {"pyarrow": "arrow", "pandas": "pandas", "polars": "polars"}


def require(module: str, extra: str | None = None) -> Any:
    """Import an optional library, or raise :class:`ConfigurationError` saying which extra
    brings it (``pip install 'emnify-async[pandas]'``)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        name = extra or _EXTRAS.get(top, top)
        raise ConfigurationError(
            f"{top} is not installed: pip install 'emnify-async[{name}]'"
        ) from None


def _split(item: Any) -> tuple[Any, Any, BaseException | None]:
    """``(id, stats, error)`` of a bulk result or of bare stats."""
    if isinstance(item, (SimStats, DailyStats)):
        ident = item.sim_id
        if isinstance(item, DailyStats) and item.endpoint_id is not None:
            ident = item.endpoint_id
        return ident, item, None
    stats = getattr(item, "stats", None)
    error = getattr(item, "error", None)
    if error is None and not isinstance(stats, (SimStats, DailyStats)):
        raise TypeError(f"expected a BulkResult, SimStats or DailyStats, got {type(item).__name__}")
    return getattr(item, "sim_id", None), stats, error


def _error_text(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def typed_rows(item: Any, kind: Kind) -> list[tuple[Any, ...]]:
    """The rows of one result (in :data:`MONTHLY_COLUMNS` or :data:`DAILY_COLUMNS` order),
    with typed values; at least one row per result."""
    ident, stats, error = _split(item)
    if kind == "monthly":
        width = len(MONTHLY_COLUMNS)
        if error is not None or stats is None:
            return [(ident, *(None,) * (width - 2), _error_text(error) if error else None)]
        if not isinstance(stats, SimStats):
            raise TypeError(f"a monthly table takes SimStats, got {type(stats).__name__}")
        rows: list[tuple[Any, ...]] = []
        for period in MONTH_PERIODS:
            for u in getattr(stats, period):
                rows.append(
                    (
                        ident,
                        period,
                        u.kind,
                        u.traffic_type_id,
                        u.month,
                        u.volume,
                        u.volume_rx,
                        u.volume_tx,
                        u.unit,
                        u.cost,
                        u.currency,
                        u.last_updated,
                        None if u.stats_id is None else u.stats_id.value,
                        None,
                    )
                )
        return rows or [(ident, *(None,) * (width - 1))]
    width = len(DAILY_COLUMNS)
    if error is not None or stats is None:
        return [(ident, *(None,) * (width - 2), _error_text(error) if error else None)]
    if not isinstance(stats, DailyStats):
        raise TypeError(f"a daily table takes DailyStats, got {type(stats).__name__}")
    daily: list[tuple[Any, ...]] = [
        (
            ident,
            u.date,
            u.kind,
            u.traffic_type_id,
            u.volume,
            u.volume_rx,
            u.volume_tx,
            u.unit,
            u.cost,
            u.currency,
            None,
        )
        for u in stats.usages()
    ]
    return daily or [(ident, *(None,) * (width - 1))]


def arrow_schema(kind: Kind, id_column: str = "sim_id") -> pyarrow.Schema:
    """The Arrow schema of a table of this kind (see the module docs)."""
    pa = require("pyarrow")
    types = {
        "sim_id": pa.int64(),
        "endpoint_id": pa.int64(),
        "period": pa.string(),
        "traffic_type": pa.string(),
        "traffic_type_id": pa.int64(),
        "month": pa.date32(),
        "date": pa.date32(),
        "volume": pa.float64(),
        "volume_rx": pa.float64(),
        "volume_tx": pa.float64(),
        "unit": pa.string(),
        "cost": pa.decimal128(COST_PRECISION, COST_SCALE),
        "currency": pa.string(),
        "last_updated": pa.timestamp("us", tz="UTC"),
        "stats_id": pa.int64(),
        "error": pa.string(),
    }
    return pa.schema([(name, types[name]) for name in _columns(kind, id_column)])


def _columns(kind: Kind, id_column: str) -> tuple[str, ...]:
    columns = MONTHLY_COLUMNS if kind == "monthly" else DAILY_COLUMNS
    if id_column != "sim_id":
        columns = (id_column, *columns[1:])
    return columns


@dataclass
class StatsTable:
    """Flat, typed rows of bulk results (see the module docs).

    Build one with :func:`collect` (from a bulk run), :meth:`from_results` or :meth:`add`.
    ``kind`` is ``"monthly"`` (results of ``bulk_sim_stats``) or ``"daily"`` (results of
    ``bulk_daily_stats``); ``id_column`` is ``"sim_id"``, or ``"endpoint_id"`` for an endpoint
    run of daily statistics.
    """

    kind: Kind = "monthly"
    id_column: str = "sim_id"

    def __post_init__(self) -> None:
        if self.kind not in ("monthly", "daily"):
            raise ConfigurationError(f"kind must be 'monthly' or 'daily', not {self.kind!r}")
        if self.id_column not in ("sim_id", "endpoint_id"):
            raise ConfigurationError(
                f"id_column must be 'sim_id' or 'endpoint_id', not {self.id_column!r}"
            )
        self._rows: list[tuple[Any, ...]] = []
        #: results added (one per SIM or endpoint)
        self.results = 0

    @classmethod
    def from_results(
        cls, items: Iterable[Any], kind: Kind | None = None, id_column: str | None = None
    ) -> StatsTable:
        """A table of bulk results (or bare ``SimStats``/``DailyStats``); the kind is taken
        from the first item with stats when not given."""
        collector = _Collector(cls, kind, id_column)
        for item in items:
            collector.add(item)
        return collector.table()

    @property
    def columns(self) -> tuple[str, ...]:
        """The column names, in order."""
        return _columns(self.kind, self.id_column)

    def add(self, item: Any) -> None:
        """Add one result's rows (``TypeError`` for stats of the other kind)."""
        self._rows.extend(typed_rows(item, self.kind))
        self.results += 1

    def extend(self, items: Iterable[Any]) -> None:
        """:meth:`add` every item."""
        for item in items:
            self.add(item)

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self) -> Iterator[dict[str, Any]]:
        """The rows as dicts keyed by :attr:`columns`, typed values."""
        columns = self.columns
        for row in self._rows:
            yield dict(zip(columns, row, strict=True))

    def column(self, name: str) -> list[Any]:
        """One column's values (``KeyError`` for an unknown name)."""
        try:
            index = self.columns.index(name)
        except ValueError:
            raise KeyError(name) from None
        return [row[index] for row in self._rows]

    def to_arrow(self) -> pyarrow.Table:
        """A ``pyarrow.Table`` with the schema of :func:`arrow_schema` (extra ``arrow``)."""
        return _arrow_table(self._rows, self.kind, self.id_column)

    def to_pandas(self) -> pandas.DataFrame:
        """A ``pandas.DataFrame`` with Arrow-backed dtypes (extra ``pandas``): costs as
        ``decimal128(38, 18)[pyarrow]``, exact in sums."""
        pd = require("pandas")
        frame: pandas.DataFrame = self.to_arrow().to_pandas(types_mapper=pd.ArrowDtype)
        return frame

    def to_polars(self) -> polars.DataFrame:
        """A ``polars.DataFrame`` (extra ``polars``): costs as ``Decimal(38, 18)``."""
        pl = require("polars")
        require("pyarrow", "polars")
        frame: polars.DataFrame = pl.from_arrow(self.to_arrow())
        return frame


def _arrow_table(rows: list[tuple[Any, ...]], kind: Kind, id_column: str) -> pyarrow.Table:
    pa = require("pyarrow")
    schema = arrow_schema(kind, id_column)
    columns: list[list[Any]] = [[] for _ in schema.names]
    for row in rows:
        for values, value in zip(columns, row, strict=True):
            values.append(value)
    # an input that was no id keeps its row; its id (a string) is null here, the error names it
    columns[0] = [v if type(v) is int else None for v in columns[0]]
    try:
        return pa.Table.from_arrays(
            [
                pa.array(values, type=field.type)
                for values, field in zip(columns, schema, strict=True)
            ],
            schema=schema,
        )
    except (pa.ArrowInvalid, OverflowError) as exc:
        raise ValueError(f"a value does not fit the table's column types: {exc}") from None


def _kind_of(item: Any) -> Kind | None:
    stats = item if isinstance(item, (SimStats, DailyStats)) else getattr(item, "stats", None)
    if isinstance(stats, DailyStats):
        return "daily"
    if isinstance(stats, SimStats):
        return "monthly"
    return None


def _id_column_of(item: Any) -> str:
    stats = item if isinstance(item, DailyStats) else getattr(item, "stats", None)
    if isinstance(stats, DailyStats) and stats.endpoint_id is not None:
        return "endpoint_id"
    return "sim_id"


async def collect(
    results: AsyncIterable[Any], kind: Kind | None = None, id_column: str | None = None
) -> StatsTable:
    """Every result of a bulk run (any async iterable of results) in a :class:`StatsTable`.

    The kind (monthly or daily) and the id column follow the first result with stats unless
    given; a run whose every id failed gives a monthly table of error rows unless ``kind`` is
    given."""
    collector = _Collector(StatsTable, kind, id_column)
    async for item in results:
        collector.add(item)
    return collector.table()


class _Collector:
    """Builds a table from results one by one: the kind and id column follow the first result
    with stats (unless given); error results before it wait in `pending`. (One builder for
    `StatsTable.from_results` and `collect`, which differ only in how they iterate.)"""

    def __init__(self, cls: type[StatsTable], kind: Kind | None, id_column: str | None) -> None:
        self._cls = cls
        self._kind = kind
        self._id_column = id_column
        self._table: StatsTable | None = None
        self._pending: list[Any] = []

    def add(self, item: Any) -> None:
        table = self._table
        if table is None:
            guess = _kind_of(item)
            if guess is None and self._kind is None:
                self._pending.append(item)
                return
            table = self._table = self._cls(
                self._kind or guess or "monthly", self._id_column or _id_column_of(item)
            )
            table.extend(self._pending)
        table.add(item)

    def table(self) -> StatsTable:
        table = self._table
        if table is None:
            table = self._cls(self._kind or "monthly", self._id_column or "sim_id")
            table.extend(self._pending)
        return table
