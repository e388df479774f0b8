"""Usage statistics: the stats id codec, typed parsing of stats payloads, fleet summaries and
CSV/JSONL export. Pure functions over data already fetched; no I/O except the export helpers'
file writes."""

from emnify.stats.ids import (
    StatsId,
    StatsIdError,
    StatsIdTypeError,
    decode_stats_id,
    encode_stats_id,
)
from emnify.stats.model import (
    DATA,
    SMS,
    LastHour,
    MinuteSeries,
    PeriodUsage,
    SimStats,
    TrafficUsage,
)
from emnify.stats.parse import (
    StatsParseError,
    parse_endpoint_stats,
    parse_endpoint_stats_json,
    parse_sim_stats,
    parse_sim_stats_json,
)
from emnify.stats.summary import Consumer, FleetSummary, UsageTotal, summarize

__all__ = [
    "DATA",
    "SMS",
    "Consumer",
    "FleetSummary",
    "LastHour",
    "MinuteSeries",
    "PeriodUsage",
    "SimStats",
    "StatsId",
    "StatsIdError",
    "StatsIdTypeError",
    "StatsParseError",
    "TrafficUsage",
    "UsageTotal",
    "decode_stats_id",
    "encode_stats_id",
    "parse_endpoint_stats",
    "parse_endpoint_stats_json",
    "parse_sim_stats",
    "parse_sim_stats_json",
    "summarize",
]
