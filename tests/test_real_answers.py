"""What the live API really sends (../shared/emnify-api-facts.md, "Real answers differ from the
spec"): each answer is parsed into a typed value, or raised as an `EmnifyError`, never as the
parser's own exception. Shapes are written here from the facts file, not copied recordings.
"""

from __future__ import annotations

import datetime
import json
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from emnify import EmnifyClient, EmnifyError, ResponseDecodeError
from emnify.testing import DEFAULT_APPLICATION_TOKEN, SimulatorServer
from emnify_generated import errors as generated_errors
from tests.test_cancellation import FAKE_JWT

pytestmark = pytest.mark.anyio

BASE = "https://cdn.emnify.net"


def client_answering(answer: Callable[[httpx.Request], httpx.Response]) -> EmnifyClient:
    async def handler(request: httpx.Request) -> httpx.Response:
        return answer(request)

    return EmnifyClient(
        auth_token=FAKE_JWT, transport=httpx.MockTransport(handler), rate_limits=None
    )


# -- creates answer 201 with no body ------------------------------------------------------------


def new_endpoint() -> Any:
    from emnify_generated.models import CreateEndpointBody

    return CreateEndpointBody.from_dict(
        {
            "name": "x",
            "status": {"id": 0},
            "service_profile": {"id": 1},
            "tariff_profile": {"id": 1},
        }
    )


async def test_create_endpoint_answered_201_without_a_body_gives_the_new_id() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.method == "POST" and request.url.path == "/api/v1/endpoint"
        headers = {"Content-Length": "0", "Location": f"{BASE}/api/v1/endpoint/9001"}
        return httpx.Response(201, headers=headers)

    async with client_answering(answer) as client:
        created = await client.api.endpoint.create_endpoint(body=new_endpoint())
    assert created is not None and not isinstance(created, dict)
    assert created.id == 9001
    assert created.location == f"{BASE}/api/v1/endpoint/9001"  # type: ignore[union-attr]


async def test_send_sms_answered_201_text_html_without_a_body_gives_the_sms_id() -> None:
    from emnify_generated.api.endpoint import send_endpoint_sms
    from emnify_generated.models import SendEndpointSmsBody

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {
            "Content-Type": "text/html",
            "Location": f"{BASE}/api/v1/endpoint/12/sms/345",
        }
        return httpx.Response(201, headers=headers, content=b"")

    async with client_answering(answer) as client:
        body = SendEndpointSmsBody.from_dict({"payload": "hello"})
        # through the namespaced API and through the generated function alike
        via_api = await client.api.endpoint.send_endpoint_sms("12", body=body)
        via_generated = await send_endpoint_sms.asyncio("12", client=client.generated, body=body)
    for created in (via_api, via_generated):
        assert created is not None
        assert created.id == 345
        assert created.location == f"{BASE}/api/v1/endpoint/12/sms/345"


async def test_an_empty_create_answer_without_location_still_parses() -> None:
    async with client_answering(lambda request: httpx.Response(201)) as client:
        created = await client.api.endpoint.create_endpoint(body=new_endpoint())
    assert created is not None and not isinstance(created, dict)
    assert created.to_dict() == {}  # nothing to tell, but the call did not fail


# -- a body that does not fit: ResponseDecodeError ---------------------------------------------


@pytest.mark.parametrize(
    ("content", "content_type", "cause"),
    [
        (b"", "application/json", "an empty body"),
        (b"<html>gateway says hello</html>", "text/html", "JSONDecodeError"),
        (b"[1, 2]", "application/json", "TypeError"),  # a list where an object belongs
    ],
)
async def test_a_success_body_that_does_not_fit_is_a_response_decode_error(
    content: bytes, content_type: str, cause: str
) -> None:
    from emnify_generated.api.sim import get_sim

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": content_type})

    async with client_answering(answer) as client:
        calls: list[Callable[[], Any]] = [
            lambda: client.api.sim.get_sim("42"),
            lambda: get_sim.asyncio("42", client=client.generated),
            lambda: get_sim.asyncio_detailed("42", client=client.generated),
        ]
        for call in calls:
            with pytest.raises(ResponseDecodeError) as info:
                await call()
            error = info.value
            assert isinstance(error, EmnifyError)
            assert isinstance(error, generated_errors.ResponseDecodeError)
            assert (error.status_code, error.method, error.path) == (200, "GET", "/api/v1/sim/42")
            assert error.content_type == content_type
            assert error.excerpt == content.decode()[: len(error.excerpt)]
            assert cause in str(error)
            assert error.__cause__ is not None or not content  # the parser's own, chained
            assert FAKE_JWT not in str(error) and FAKE_JWT not in repr(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.path, copy.excerpt) == (
        ResponseDecodeError,
        str(error),
        error.path,
        error.excerpt,
    )


async def test_paginate_raises_a_response_decode_error_for_a_page_that_does_not_fit() -> None:
    from emnify_generated.api.sim import list_sims

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"id": 1}, "not a sim"])

    async with client_answering(answer) as client:
        with pytest.raises(ResponseDecodeError) as info:
            async for _ in client.paginate(list_sims):
                pass
    assert info.value.path == "/api/v1/sim"


async def test_the_excerpt_is_short() -> None:
    async with client_answering(lambda r: httpx.Response(200, content=b"x" * 100_000)) as client:
        with pytest.raises(ResponseDecodeError) as info:
            await client.api.sim.get_sim("1")
    assert len(info.value.excerpt) <= generated_errors.EXCERPT_CHARS
    assert len(str(info.value)) < 200


# -- timestamps in both live forms, on every supported Python -----------------------------------


@pytest.mark.parametrize(
    "stamp",
    ["2020-03-05T16:34:32.000Z", "2020-03-05T16:34:32.000+0000", "2020-03-05T16:34:32+00:00"],
)
async def test_timestamps_parse_in_every_live_form(stamp: str) -> None:
    from emnify_generated.models import Euicc

    euicc = Euicc.from_dict({"id": 1, "eid": "1", "created": stamp, "profile": []})
    assert euicc.created == datetime.datetime(2020, 3, 5, 16, 34, 32, tzinfo=datetime.timezone.utc)


# -- updates are partial ------------------------------------------------------------------------


async def test_a_patch_sends_only_the_fields_given_and_explicit_nulls() -> None:
    from emnify_generated.models import (
        UpdateEndpointBody,
        UpdateEndpointRequestSim,
        UpdateEndpointRequestStatus,
        UpdateSimBody,
        UpdateSimRequestStatus,
    )

    sent: list[tuple[str, bytes]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.path, request.content))
        return httpx.Response(204)

    async with client_answering(answer) as client:
        await client.api.endpoint.update_endpoint("7", body=UpdateEndpointBody(name="new"))
        status = UpdateEndpointRequestStatus.from_dict({"id": 2})
        await client.api.endpoint.update_endpoint("7", body=UpdateEndpointBody(status=status))
        detach = UpdateEndpointBody(sim=UpdateEndpointRequestSim(id=None))
        await client.api.endpoint.update_endpoint("7", body=detach)
        body = UpdateSimBody(status=UpdateSimRequestStatus.from_dict({"id": 1}))
        await client.api.sim.update_sim("8", body=body)
    assert [(path, json.loads(content)) for path, content in sent] == [
        ("/api/v1/endpoint/7", {"name": "new"}),
        ("/api/v1/endpoint/7", {"status": {"id": 2}}),
        ("/api/v1/endpoint/7", {"sim": {"id": None}}),
        ("/api/v1/sim/8", {"status": {"id": 1}}),
    ]


# -- null where the spec declares a value; objects the spec leaves empty -----------------------


def event(**changes: Any) -> dict[str, Any]:
    """An event record with every field the live API sends (facts file: event records)."""
    record: dict[str, Any] = {
        "id": 1,
        "alert": False,
        "description": "PDP context created",
        "timestamp": "2020-03-05T16:34:32.000Z",
        "event_type": {"id": 3, "description": "Update location"},
        "event_source": {"id": 0, "description": "Network"},
        "event_severity": {"id": 0, "description": "INFO"},
        "organisation": {"id": 42, "name": "Org"},
        "user": {"id": 5, "username": "ann", "name": "Ann"},
        "endpoint": {"id": 7, "name": "tracker", "ip_address": "10.0.0.1", "imei": None},
        "sim": {"id": 8, "iccid": "8988303000000000001", "production_date": "2020-01-01"},
        "imsi": {"id": 9, "imsi": "295050000000001", "import_date": "2020-01-01"},
    }
    record.update(changes)
    return record


@pytest.mark.parametrize("nulled", ["user", "endpoint", "sim", "imsi", "description", "alert"])
async def test_events_with_null_objects_parse_and_paginate(nulled: str) -> None:
    from emnify_generated.api.sim import list_sim_events

    page = [event(), event(id=2, **{nulled: None}), event(id=3)]
    page[2].pop(nulled)  # missing altogether

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page, headers={"X-Total-Pages": "1"})

    async with client_answering(answer) as client:
        events = [e async for e in client.paginate(list_sim_events, sim_id=8)]
    assert [e.id for e in events] == [1, 2, 3]
    nulled_event = events[1]
    if nulled in nulled_event.additional_properties:  # (a field this model does not declare)
        assert nulled_event[nulled] is None
    else:
        assert getattr(nulled_event, nulled) is None
    first = events[0]
    # typed, where the spec has empty objects
    assert first.event_type.description == "Update location"  # type: ignore[union-attr]
    assert first.event_severity.description == "INFO"  # type: ignore[union-attr]
    assert first.organisation.name == "Org"  # type: ignore[union-attr]
    assert first.sim.iccid == "8988303000000000001"  # type: ignore[union-attr]
    assert first.imsi.imsi == "295050000000001"  # type: ignore[union-attr]
    assert first.endpoint.name == "tracker"  # type: ignore[union-attr]


# -- against the simulator, which serves the live shapes ----------------------------------------


@pytest.mark.integration
async def test_create_update_and_sms_against_the_simulator(simulator: SimulatorServer) -> None:
    from emnify_generated.models import (
        SendEndpointSmsBody,
        UpdateEndpointBody,
        UpdateEndpointRequestSim,
    )

    endpoint_id = simulator.fleet.endpoint_ids[0]
    async with EmnifyClient(DEFAULT_APPLICATION_TOKEN, base_url=simulator.base_url) as client:
        created = await client.api.endpoint.create_endpoint(body=new_endpoint())
        assert created is not None and not isinstance(created, dict)
        assert isinstance(created.id, int) and created.id > max(simulator.fleet.endpoint_ids)
        assert created.location == f"{simulator.base_url}/api/v1/endpoint/{created.id}"
        fetched = await client.api.endpoint.get_endpoint(str(created.id))
        assert fetched is not None and fetched.name == "x"

        # a partial update: the name only, then an explicit null that detaches the SIM
        await client.api.endpoint.update_endpoint(
            str(endpoint_id), body=UpdateEndpointBody(name="renamed")
        )
        detach = UpdateEndpointBody(sim=UpdateEndpointRequestSim(id=None))
        await client.api.endpoint.update_endpoint(str(endpoint_id), body=detach)
        changed = await client.api.endpoint.get_endpoint(str(endpoint_id))
        assert changed is not None
        assert (changed.name, changed.sim) == ("renamed", None)
        assert changed.ip_address == simulator.fleet.endpoint_object(0)["ip_address"]  # kept

        body = SendEndpointSmsBody.from_dict({"payload": "hello"})
        sms = await client.api.endpoint.send_endpoint_sms(str(endpoint_id), body=body)
        assert sms is not None and sms.id == 1
        assert str(sms.location).endswith(f"/api/v1/endpoint/{endpoint_id}/sms/1")
        # listed as live: numbers as strings, nulls for what has not happened, typed status
        raw = (await client.request("GET", f"/api/v1/endpoint/{endpoint_id}/sms")).json()
        assert (raw[0]["retry_count"], raw[0]["msc"]) == ("0", None)  # what the wire carries
        (listed,) = await client.api.endpoint.list_endpoint_sms(str(endpoint_id)) or []
        assert (listed.id, listed.payload, listed.retry_count, listed.dcs) == (1, "hello", 0, 0)
        assert (listed.msc, listed.final_date) == (None, None)
        assert listed.status.description == "ENROUTE"  # type: ignore[union-attr]
        assert listed.endpoint.name == "renamed"  # type: ignore[union-attr]
    assert simulator.counters.responses_by_status[201] == 2


@pytest.mark.integration
async def test_events_with_nulls_and_typed_objects_from_the_simulator(
    simulator: SimulatorServer,
) -> None:
    from emnify_generated.api.endpoint import list_endpoint_events

    endpoint_id = simulator.fleet.endpoint_ids[3]
    async with EmnifyClient(DEFAULT_APPLICATION_TOKEN, base_url=simulator.base_url) as client:
        events = [e async for e in client.paginate(list_endpoint_events, endpoint_id=endpoint_id)]
    assert len(events) == 3
    assert [e.user for e in events] == [None, None, None]
    assert events[0].sim is None and events[1].sim is not None
    assert events[1].sim.iccid == simulator.fleet.iccid(3)  # type: ignore[union-attr]
    assert events[2].event_type.description == "Update GPRS location"  # type: ignore[union-attr]
    assert events[0].endpoint.id == endpoint_id  # type: ignore[union-attr]


def test_numbers_sent_as_strings_are_read_as_numbers_or_kept() -> None:
    from emnify_generated.models import ListOperatorsResponseItemsCountry

    country = ListOperatorsResponseItemsCountry.from_dict(
        {"id": "74", "mcc": "412", "latitude": "33.000000", "longitude": 65, "country_code": "n/a"}
    )
    assert (country.id, country.mcc, country.latitude, country.longitude) == (74, 412, 33.0, 65)
    assert country.country_code == "n/a"  # not a number: kept as it came, no error
