"""The client object every generated operation takes (generated from emnify-async's template).

emnify-async's `EmnifyClient` builds one `httpx.AsyncClient` carrying auth, limits and retries
and hands it over with `set_async_httpx_client`; the generated functions only ever call
`get_async_httpx_client()` (or `get_httpx_client()` for the `sync*` variants).
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from attrs import define, evolve, field

from . import errors

_C = TypeVar("_C", bound="Client")
_T = TypeVar("_T")


@define
class Client:
    """Connection settings plus the httpx clients that carry requests.

    Keyword arguments: `base_url`, `headers`, `cookies`, `timeout`, `verify_ssl`,
    `follow_redirects`, `httpx_args` (extra keyword arguments for the httpx clients it creates
    itself), `raise_on_unexpected_status` (raise `errors.UnexpectedStatus` for a status
    the spec does not list, instead of returning `None` as the parsed value) and
    `decode_error` (builds the exception raised for a successful answer whose body does not
    parse; by default `errors.ResponseDecodeError.from_response`).
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    decode_error: Callable[[httpx.Response, BaseException], Exception] | None = field(
        default=None, kw_only=True, repr=False
    )
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self: _C, headers: dict[str, str]) -> _C:
        """A copy of this client that also sends `headers`."""
        for existing in (self._client, self._async_client):
            if existing is not None:
                existing.headers.update(headers)
        return self._keep_clients(evolve(self, headers={**self._headers, **headers}))

    def with_cookies(self: _C, cookies: dict[str, str]) -> _C:
        """A copy of this client that also sends `cookies`."""
        for existing in (self._client, self._async_client):
            if existing is not None:
                existing.cookies.update(cookies)
        return self._keep_clients(evolve(self, cookies={**self._cookies, **cookies}))

    def with_timeout(self: _C, timeout: httpx.Timeout) -> _C:
        """A copy of this client with another timeout."""
        for existing in (self._client, self._async_client):
            if existing is not None:
                existing.timeout = timeout
        return self._keep_clients(evolve(self, timeout=timeout))

    def _keep_clients(self, copy: _C) -> _C:
        # evolve() resets the httpx clients; the copy must keep sending through the ones
        # already installed (emnify-async's carries auth, limits and retries).
        copy._client = self._client
        copy._async_client = self._async_client
        return copy

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def parse_response(self, parse: Callable[..., _T], response: httpx.Response) -> _T:
        """`parse` (an operation's own parser) applied to `response`.

        Whatever the body, the caller gets the parsed value or one exception it can catch: a
        body that does not fit the model raises `decode_error(response, cause)`, never the
        parser's own `KeyError`, `TypeError` or `JSONDecodeError`.
        """
        try:
            if response.status_code in (201, 202) and not response.content.strip():
                return parse(client=self, response=_created_from_location(response))
            return parse(client=self, response=response)
        except errors.UnexpectedStatus:
            raise
        except Exception as exc:
            build = self.decode_error or errors.ResponseDecodeError.from_response
            raise build(response, exc) from exc

    def set_httpx_client(self: _C, client: httpx.Client) -> _C:
        """Use `client` for the synchronous operations (its own settings win)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The synchronous httpx client, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def set_async_httpx_client(self: _C, async_client: httpx.AsyncClient) -> _C:
        """Use `async_client` for the async operations (its own settings win)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    def __enter__(self: _C) -> _C:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self: _C) -> _C:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


def _created_from_location(response: httpx.Response) -> httpx.Response:
    """An empty create answer (201/202), as the body its model reads: the new resource's
    `location` and `id` (the last segment of `Location`; a number when it is one)."""
    location = response.headers.get("location")
    body: dict[str, Any] = {}
    if location:
        last = httpx.URL(location).path.rstrip("/").rsplit("/", 1)[-1]
        body = {
            "location": location,
            "id": int(last) if last.isascii() and last.isdigit() else last,
        }
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built without one
        request = None
    return httpx.Response(response.status_code, json=body, request=request)


@define
class AuthenticatedClient(Client):
    """A `Client` that sends `Authorization: <prefix> <token>` itself.

    emnify-async does not need it (its pipeline attaches the tokens); it stays for
    callers who manage a JWT on their own.
    """

    token: str = field(default="", kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _httpx_kwargs(self) -> dict[str, Any]:
        kwargs = super()._httpx_kwargs()
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        kwargs["headers"] = {**kwargs["headers"], self.auth_header_name: value}
        return kwargs
