from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_endpoint_request_sim_status import UpdateEndpointRequestSimStatus


T = TypeVar("T", bound="UpdateEndpointRequestSim")


@_attrs_define
class UpdateEndpointRequestSim:
    """
    Attributes:
        id (int):
        status (UpdateEndpointRequestSimStatus):
    """

    id: int
    status: UpdateEndpointRequestSimStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_endpoint_request_sim_status import UpdateEndpointRequestSimStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = UpdateEndpointRequestSimStatus.from_dict(d.pop("status"))

        update_endpoint_request_sim = cls(
            id=id,
            status=status,
        )

        update_endpoint_request_sim.additional_properties = d
        return update_endpoint_request_sim

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
