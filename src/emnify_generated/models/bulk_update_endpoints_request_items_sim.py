from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_update_endpoints_request_items_sim_status import (
        BulkUpdateEndpointsRequestItemsSimStatus,
    )


T = TypeVar("T", bound="BulkUpdateEndpointsRequestItemsSim")


@_attrs_define
class BulkUpdateEndpointsRequestItemsSim:
    """
    Attributes:
        id (int | None | Unset):
        status (BulkUpdateEndpointsRequestItemsSimStatus | None | Unset):
    """

    id: int | None | Unset = UNSET
    status: BulkUpdateEndpointsRequestItemsSimStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_update_endpoints_request_items_sim_status import (
            BulkUpdateEndpointsRequestItemsSimStatus,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BulkUpdateEndpointsRequestItemsSimStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_update_endpoints_request_items_sim_status import (
            BulkUpdateEndpointsRequestItemsSimStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> BulkUpdateEndpointsRequestItemsSimStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = BulkUpdateEndpointsRequestItemsSimStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkUpdateEndpointsRequestItemsSimStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        bulk_update_endpoints_request_items_sim = cls(
            id=id,
            status=status,
        )

        bulk_update_endpoints_request_items_sim.additional_properties = d
        return bulk_update_endpoints_request_items_sim

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
