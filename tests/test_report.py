"""`emnify report`: the fleet report reads every stats format, and its charts draw in headless
Chromium (Debian's `chromium`; .ci/run installs it). A screenshot of each rendered report is
kept under build/test-artifacts/ (gitignored)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from emnify.bulk import BulkResult
from emnify.stats import parse_sim_stats_json
from emnify.stats.report import ReportInputError, build_report, load_rows, rows_from_results
from emnify.testing import SimulatorConfig, SimulatorServer
from tests.test_cli import emnify, one_line_error, server_args

pytestmark = pytest.mark.integration
ARTIFACTS = Path(__file__).resolve().parent.parent / "build" / "test-artifacts"
NOW = datetime(2024, 5, 17, 9, 30, 15, tzinfo=timezone.utc)
CHARTS = ("volume", "cost", "top-data", "top-cost-eur", "top-cost-usd", "cost-distribution")


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's package)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def render(page: Path, screenshot: Path) -> str:
    """The DOM of `page` once its scripts ran (virtual time: no waiting on the clock), and a
    screenshot of it."""
    browser = chromium()
    common = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--virtual-time-budget=20000",
        "--window-size=1400,2400",
        f"--user-data-dir={screenshot.parent / ('.chromium-' + screenshot.stem)}",
    ]
    dom = subprocess.run(
        [browser, *common, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    ).stdout
    subprocess.run(
        [browser, *common, f"--screenshot={screenshot}", page.as_uri()],
        capture_output=True,
        timeout=180,
        check=True,
    )
    shutil.rmtree(screenshot.parent / (".chromium-" + screenshot.stem), ignore_errors=True)
    return dom


class _Resources(HTMLParser):
    """Collects the URLs a page would load (script src, link href, img src, iframes)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "src" or (tag == "link" and name == "href")):
                self.urls.append(value)


def external_resources(page: str) -> list[str]:
    parser = _Resources()
    parser.feed(page)  # (script bodies are not parsed as tags)
    return parser.urls


def chart_html(dom: str, chart: str) -> str:
    start = dom.index(f'id="chart-{chart}"')
    end = dom.find('id="chart-', start + 10)
    return dom[start : end if end > 0 else len(dom)]


def assert_charts_drew(dom: str, charts: tuple[str, ...]) -> None:
    for chart in charts:
        part = chart_html(dom, chart)
        sizes = re.findall(r'<svg class="main-svg"[^>]*width="(\d+)" height="(\d+)"', part)
        assert sizes, f"{chart}: no SVG drawn"
        assert all(int(w) > 100 and int(h) > 100 for w, h in sizes), (chart, sizes)
        # bars (bar charts and histograms) are drawn as paths inside their traces
        bars = re.findall(r'<g class="point"><path d="M[^"]+"', part)
        assert len(bars) >= 2, f"{chart}: {len(bars)} bars drawn"


@pytest.fixture
def fleet(simulator_factory: object) -> SimulatorServer:
    return simulator_factory(  # type: ignore[operator, no-any-return]
        SimulatorConfig(sims=120, rate_limits="none", clock=lambda: NOW)
    )


def test_a_report_from_every_format_renders_in_chromium(
    fleet: SimulatorServer, tmp_path: Path
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ids = [*map(str, fleet.fleet.sim_ids), "987654321"]
    pages = []
    for fmt in ("parquet", "sqlite", "jsonl", "csv"):
        data = tmp_path / f"fleet.{fmt}"
        stats = emnify("stats", *ids, "-f", fmt, "-o", str(data), "-q", *server_args(fleet))
        assert stats.returncode == 3, stats.stderr  # the unknown SIM
        page = tmp_path / f"report-{fmt}.html"
        proc = emnify("report", "-i", str(data), "-o", str(page), "--title", "Fleet")
        assert proc.returncode == 0, proc.stderr
        assert "report written to" in proc.stderr
        text = page.read_text(encoding="utf-8")
        assert external_resources(text) == []  # self-contained: plotly.js is inlined
        assert "Totals, May 2024 (exact)" in text
        assert "SIMs<b>121</b>" in text and "failed<b>1</b>" in text
        if fmt == "parquet":  # (the same rows from every format: one rendering is enough)
            dom = render(page, ARTIFACTS / "report-monthly.png")
            assert_charts_drew(dom, CHARTS)
            assert (ARTIFACTS / "report-monthly.png").stat().st_size > 20_000
        pages.append(re.sub(r"made [^<]*", "", text))
    assert len(set(pages)) == 1  # every format gives the same report


def test_a_daily_report_fetched_and_from_sqlite(fleet: SimulatorServer, tmp_path: Path) -> None:
    db = tmp_path / "daily.db"
    ids = [str(i) for i in fleet.fleet.sim_ids[:60]]
    span = ["--daily", "--from", "2024-04-20", "--to", "2024-05-17"]
    stats = emnify("stats", *ids, *span, "-f", "sqlite", "-o", str(db), "-q", *server_args(fleet))
    assert stats.returncode == 0, stats.stderr
    page = tmp_path / "daily.html"
    proc = emnify("report", "-i", str(db), "-o", str(page), "-q")
    assert proc.returncode == 0, proc.stderr
    text = page.read_text(encoding="utf-8")
    assert "Volume per day" in text and "20 Apr 2024 to 17 May 2024" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dom = render(page, ARTIFACTS / "report-daily.png")
    assert_charts_drew(dom, ("volume", "cost", "top-data", "cost-distribution"))

    fetched = tmp_path / "fetched.html"
    proc = emnify("report", *ids[:20], "-o", str(fetched), "-q", *server_args(fleet))
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"Top \d+ SIMs by data volume, May 2024", fetched.read_text(encoding="utf-8"))


def test_exact_totals_and_rows_from_results() -> None:
    body = (
        b'[{"current_month": {"data": {"month": "2024-05-01", "volume": 1, "volume_rx": 1,'
        b' "volume_tx": 0, "cost": 0.1, "currency": {"code": "EUR"}}}}]'
    )
    results = [BulkResult(i, parse_sim_stats_json(body, now=NOW, sim_id=i)) for i in range(1, 4)]
    rows = rows_from_results(results)
    assert sum((r.cost for r in rows if r.cost), Decimal(0)) == Decimal("0.3")
    page = build_report(rows, title="<b>x</b>")
    assert "0.3000 EUR" in page and "&lt;b&gt;x&lt;/b&gt;" in page


@pytest.mark.parametrize(
    ("args", "status", "needle"),
    [
        (["report", "-o", "r.html"], 2, "give one of --input FILE, SIM ids or --all"),
        (["report", "1", "--all", "-o", "r.html"], 2, "give one of"),
        (["report", "1"], 2, "Missing option '--out'"),
        (["report", "-i", "missing.parquet", "-o", "r.html"], 2, "does not exist"),
        (["report", "x1", "-o", "r.html"], 2, "SIM id must be"),
        (["report", "1", "-o", "r.html"], 2, "no credentials"),
    ],
)
def test_bad_report_options_are_one_line(
    args: list[str], status: int, needle: str, tmp_path: Path
) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "emnify.cli", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")},
        timeout=60,
        check=False,
    )
    assert proc.returncode == status, proc.stderr
    assert needle in one_line_error(proc)


def test_unreadable_inputs(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("a,b\n1,2\n")
    with pytest.raises(ReportInputError):
        load_rows(junk)
    proc = emnify("report", "-i", str(junk), "-o", str(tmp_path / "r.html"))
    assert proc.returncode == 1
    assert "not a statistics file" in one_line_error(proc)
