from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.endpoint_get_connectivity_info_by_endpoint_id_response_2000 import (
    EndpointGetConnectivityInfoByEndpointIdResponse2000,
)
from ...models.endpoint_get_connectivity_info_by_endpoint_id_response_2001 import (
    EndpointGetConnectivityInfoByEndpointIdResponse2001,
)
from ...models.endpoint_get_connectivity_info_by_endpoint_id_response_2002 import (
    EndpointGetConnectivityInfoByEndpointIdResponse2002,
)
from ...models.get_endpoint_connectivity_info_not_found_error import (
    GetEndpointConnectivityInfoNotFoundError,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    endpoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/endpoint/{endpoint_id}/connectivity_info".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EndpointGetConnectivityInfoByEndpointIdResponse2000
    | EndpointGetConnectivityInfoByEndpointIdResponse2001
    | EndpointGetConnectivityInfoByEndpointIdResponse2002
    | GetEndpointConnectivityInfoNotFoundError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            EndpointGetConnectivityInfoByEndpointIdResponse2000
            | EndpointGetConnectivityInfoByEndpointIdResponse2001
            | EndpointGetConnectivityInfoByEndpointIdResponse2002
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_endpoint_connectivity_info_response_200_type_0 = (
                    EndpointGetConnectivityInfoByEndpointIdResponse2000.from_dict(data)
                )

                return componentsschemas_get_endpoint_connectivity_info_response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_endpoint_connectivity_info_response_200_type_1 = (
                    EndpointGetConnectivityInfoByEndpointIdResponse2001.from_dict(data)
                )

                return componentsschemas_get_endpoint_connectivity_info_response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_get_endpoint_connectivity_info_response_200_type_2 = (
                EndpointGetConnectivityInfoByEndpointIdResponse2002.from_dict(data)
            )

            return componentsschemas_get_endpoint_connectivity_info_response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = GetEndpointConnectivityInfoNotFoundError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    EndpointGetConnectivityInfoByEndpointIdResponse2000
    | EndpointGetConnectivityInfoByEndpointIdResponse2001
    | EndpointGetConnectivityInfoByEndpointIdResponse2002
    | GetEndpointConnectivityInfoNotFoundError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EndpointGetConnectivityInfoByEndpointIdResponse2000
    | EndpointGetConnectivityInfoByEndpointIdResponse2001
    | EndpointGetConnectivityInfoByEndpointIdResponse2002
    | GetEndpointConnectivityInfoNotFoundError
]:
    """Retrieve connectivity information for an endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointGetConnectivityInfoByEndpointIdResponse2000 | EndpointGetConnectivityInfoByEndpointIdResponse2001 | EndpointGetConnectivityInfoByEndpointIdResponse2002 | GetEndpointConnectivityInfoNotFoundError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EndpointGetConnectivityInfoByEndpointIdResponse2000
    | EndpointGetConnectivityInfoByEndpointIdResponse2001
    | EndpointGetConnectivityInfoByEndpointIdResponse2002
    | GetEndpointConnectivityInfoNotFoundError
    | None
):
    """Retrieve connectivity information for an endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointGetConnectivityInfoByEndpointIdResponse2000 | EndpointGetConnectivityInfoByEndpointIdResponse2001 | EndpointGetConnectivityInfoByEndpointIdResponse2002 | GetEndpointConnectivityInfoNotFoundError
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EndpointGetConnectivityInfoByEndpointIdResponse2000
    | EndpointGetConnectivityInfoByEndpointIdResponse2001
    | EndpointGetConnectivityInfoByEndpointIdResponse2002
    | GetEndpointConnectivityInfoNotFoundError
]:
    """Retrieve connectivity information for an endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointGetConnectivityInfoByEndpointIdResponse2000 | EndpointGetConnectivityInfoByEndpointIdResponse2001 | EndpointGetConnectivityInfoByEndpointIdResponse2002 | GetEndpointConnectivityInfoNotFoundError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EndpointGetConnectivityInfoByEndpointIdResponse2000
    | EndpointGetConnectivityInfoByEndpointIdResponse2001
    | EndpointGetConnectivityInfoByEndpointIdResponse2002
    | GetEndpointConnectivityInfoNotFoundError
    | None
):
    """Retrieve connectivity information for an endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointGetConnectivityInfoByEndpointIdResponse2000 | EndpointGetConnectivityInfoByEndpointIdResponse2001 | EndpointGetConnectivityInfoByEndpointIdResponse2002 | GetEndpointConnectivityInfoNotFoundError
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
        )
    ).parsed
