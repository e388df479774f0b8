from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_endpoint_request_sim_status import CreateEndpointRequestSimStatus


T = TypeVar("T", bound="CreateEndpointRequestSim")


@_attrs_define
class CreateEndpointRequestSim:
    """
    Attributes:
        id (int):
        activate (bool | Unset):  Default: False.
        status (CreateEndpointRequestSimStatus | Unset):
    """

    id: int
    activate: bool | Unset = False
    status: CreateEndpointRequestSimStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        activate = self.activate

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if activate is not UNSET:
            field_dict["activate"] = activate
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_endpoint_request_sim_status import CreateEndpointRequestSimStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        activate = d.pop("activate", UNSET)

        _status = d.pop("status", UNSET)
        status: CreateEndpointRequestSimStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreateEndpointRequestSimStatus.from_dict(_status)

        create_endpoint_request_sim = cls(
            id=id,
            activate=activate,
            status=status,
        )

        create_endpoint_request_sim.additional_properties = d
        return create_endpoint_request_sim

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
