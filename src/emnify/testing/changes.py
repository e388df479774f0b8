"""What the simulator remembers of writes, and the shapes the live API gives them.

The live API answers a create with `201`, no body and the new resource in `Location`; an SMS
sent with `201`, `Content-Type: text/html`, no body, and lists it with numbers as strings; an update (`PATCH`) takes only the
fields to change, `null` included (``{"sim": {"id": null}}`` detaches the SIM). Event records
carry `null` for objects that do not apply and timestamps in the `+0000` form
(../shared/emnify-api-facts.md, "Real answers differ from the spec").
"""

from __future__ import annotations

import threading
from typing import Any

from .fleet import Fleet

__all__ = ["EndpointChanges", "endpoint_events"]

#: (id, description) of the event types the simulated events use
_EVENT_TYPES = ((1, "Generic"), (3, "Update location"), (4, "Update GPRS location"))


class EndpointChanges:
    """Endpoints created and fields changed since start; thread-safe (the simulator serves from
    its own thread while a test may read)."""

    def __init__(self, fleet: Fleet) -> None:
        self._fleet = fleet
        self._lock = threading.Lock()
        self._created: dict[int, dict[str, Any]] = {}
        self._patched: dict[int, dict[str, Any]] = {}
        self._next_id = max(fleet.endpoint_ids, default=0) + 1
        self._next_sms_id = 1
        self._sms: dict[int, list[tuple[int, dict[str, Any]]]] = {}

    def create(self, body: dict[str, Any]) -> int:
        """Store a new endpoint from a create body; returns its id."""
        with self._lock:
            endpoint_id = self._next_id
            self._next_id += 1
            self._created[endpoint_id] = {**body, "id": endpoint_id}
            return endpoint_id

    def update(self, endpoint_id: int, body: dict[str, Any]) -> None:
        """Apply a partial update: each field given replaces the stored one, null included."""
        with self._lock:
            target = self._created.get(endpoint_id)
            if target is None:
                target = self._patched.setdefault(endpoint_id, {})
            for name, value in body.items():
                if name == "sim" and isinstance(value, dict) and value.get("id") is None:
                    target["sim"] = None  # detached
                else:
                    target[name] = value

    def endpoint(self, endpoint_id: int) -> dict[str, Any] | None:
        """The endpoint as `GET /api/v1/endpoint/{id}` serves it now, or None."""
        with self._lock:
            created = self._created.get(endpoint_id)
            if created is not None:
                return dict(created)
            patch = dict(self._patched.get(endpoint_id, {}))
        index = self._fleet.endpoint_index(endpoint_id)
        if index is None:
            return None
        return {**self._fleet.endpoint_object(index), **patch}

    def send_sms(self, endpoint_id: int, body: dict[str, Any]) -> int:
        """Store an SMS sent to the endpoint; returns its id."""
        with self._lock:
            sms_id = self._next_sms_id
            self._next_sms_id += 1
            self._sms.setdefault(endpoint_id, []).append((sms_id, body))
            return sms_id

    def sms_list(self, endpoint_id: int, name: str | None) -> list[dict[str, Any]]:
        """The SMS sent to the endpoint, as live listings show them: numbers as strings
        (`retry_count`, `dcs`, `pid`), `null` for what has not happened yet (`msc`,
        `final_date`, `last_delivery_attempt`), typed `status` and `sms_type`."""
        with self._lock:
            sent = list(self._sms.get(endpoint_id, []))
        return [
            {
                "id": sms_id,
                "submit_date": "2024-05-17T09:30:15.000+0000",
                "delivery_date": None,
                "final_date": None,
                "last_delivery_attempt": None,
                "retry_count": "0",
                "dcs": "0",
                "pid": "0",
                "msc": None,
                "source_address": str(body.get("source_address", "emnify")),
                "payload": body.get("payload"),
                "endpoint": {"id": endpoint_id, "name": name},
                "status": {"id": 1, "description": "ENROUTE"},
                "sms_type": {"id": 1, "description": "MT"},
                "source_address_type": {"id": 208, "description": "Alphanumeric"},
            }
            for sms_id, body in sent
        ]


def endpoint_events(fleet: Fleet, index: int) -> list[dict[str, Any]]:
    """Three events of the endpoint at `index`, shaped like live ones: typed sub-objects,
    `null` where an object does not apply, `+0000` timestamps."""
    endpoint_id = fleet.endpoint_ids[index]
    sim_id = fleet.sim_ids[index]
    endpoint = {
        "id": endpoint_id,
        "name": fleet.endpoint_name(index),
        "ip_address": fleet.ip_address(index),
        "imei": None,
    }
    sim = {
        "id": sim_id,
        "iccid": fleet.iccid(index),
        "production_date": "2019-06-03T08:00:00.000+0000",
    }
    imsi = {"id": sim_id, "imsi": fleet.imsi(index), "import_date": "2019-06-03T08:00:00.000+0000"}
    events = []
    for n, (type_id, description) in enumerate(_EVENT_TYPES):
        events.append(
            {
                "id": endpoint_id * 10 + n,
                "alert": n == 0,
                "description": f"{description} event",
                "timestamp": f"2024-05-1{n}T08:51:00.000+0000",
                "event_type": {"id": type_id, "description": description},
                "event_source": {"id": 0, "description": "Network"},
                "event_severity": {"id": n % 2, "description": ("INFO", "WARN")[n % 2]},
                "organisation": {"id": 1, "name": "Simulated organisation"},
                "user": None,  # no user caused a network event
                "endpoint": endpoint,
                "sim": sim if n else None,  # the generic one concerns no SIM
                "imsi": imsi if n else None,
            }
        )
    return events
