from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tariff_profile_response_inclusive_volume import (
        GetTariffProfileResponseInclusiveVolume,
    )
    from ..models.get_tariff_profile_response_tariff import GetTariffProfileResponseTariff


T = TypeVar("T", bound="GetTariffProfileResponse200")


@_attrs_define
class GetTariffProfileResponse200:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        used_count (str | Unset):
        organisation_id (str | Unset):
        tariff (GetTariffProfileResponseTariff | Unset):
        inclusive_volume (GetTariffProfileResponseInclusiveVolume | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    used_count: str | Unset = UNSET
    organisation_id: str | Unset = UNSET
    tariff: GetTariffProfileResponseTariff | Unset = UNSET
    inclusive_volume: GetTariffProfileResponseInclusiveVolume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        used_count = self.used_count

        organisation_id = self.organisation_id

        tariff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff, Unset):
            tariff = self.tariff.to_dict()

        inclusive_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inclusive_volume, Unset):
            inclusive_volume = self.inclusive_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if used_count is not UNSET:
            field_dict["used_count"] = used_count
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if tariff is not UNSET:
            field_dict["tariff"] = tariff
        if inclusive_volume is not UNSET:
            field_dict["inclusive_volume"] = inclusive_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_tariff_profile_response_inclusive_volume import (
            GetTariffProfileResponseInclusiveVolume,  # noqa: PLC0415
        )
        from ..models.get_tariff_profile_response_tariff import GetTariffProfileResponseTariff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        used_count = d.pop("used_count", UNSET)

        organisation_id = d.pop("organisation_id", UNSET)

        _tariff = d.pop("tariff", UNSET)
        tariff: GetTariffProfileResponseTariff | Unset
        if isinstance(_tariff, Unset):
            tariff = UNSET
        else:
            tariff = GetTariffProfileResponseTariff.from_dict(_tariff)

        _inclusive_volume = d.pop("inclusive_volume", UNSET)
        inclusive_volume: GetTariffProfileResponseInclusiveVolume | Unset
        if isinstance(_inclusive_volume, Unset):
            inclusive_volume = UNSET
        else:
            inclusive_volume = GetTariffProfileResponseInclusiveVolume.from_dict(_inclusive_volume)

        get_tariff_profile_response_200 = cls(
            id=id,
            name=name,
            description=description,
            used_count=used_count,
            organisation_id=organisation_id,
            tariff=tariff,
            inclusive_volume=inclusive_volume,
        )

        get_tariff_profile_response_200.additional_properties = d
        return get_tariff_profile_response_200

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
