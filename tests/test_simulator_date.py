"""The simulator's Date header follows its (pinnable) statistics clock."""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpx

from emnify.testing import SimulatorConfig, serve_simulator


def test_date_header_is_the_simulator_clock_and_sent_once() -> None:
    pinned = datetime(2024, 3, 1, 0, 5, tzinfo=timezone.utc)
    config = SimulatorConfig(sims=3, rate_limits="none", clock=lambda: pinned)
    with serve_simulator(config) as server:
        token = httpx.post(
            server.url("/api/v1/authenticate"), json={"application_token": "test-app-token"}
        ).json()["auth_token"]
        response = httpx.get(
            server.url(f"/api/v1/sim/{server.fleet.sim_ids[0]}/stats"),
            headers={"Authorization": f"Bearer {token}"},
        )
        assert server.wait_idle()
        assert server.counters.in_flight == 0
    assert response.status_code == 200
    assert response.headers.get_list("date") == [response.headers["date"]]
    assert parsedate_to_datetime(response.headers["date"]) == pinned
