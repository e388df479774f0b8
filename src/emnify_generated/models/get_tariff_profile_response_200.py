from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        used_count (None | str | Unset):
        organisation_id (None | str | Unset):
        tariff (GetTariffProfileResponseTariff | None | Unset):
        inclusive_volume (GetTariffProfileResponseInclusiveVolume | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    used_count: None | str | Unset = UNSET
    organisation_id: None | str | Unset = UNSET
    tariff: GetTariffProfileResponseTariff | None | Unset = UNSET
    inclusive_volume: GetTariffProfileResponseInclusiveVolume | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_tariff_profile_response_inclusive_volume import (
            GetTariffProfileResponseInclusiveVolume,  # noqa: PLC0415
        )
        from ..models.get_tariff_profile_response_tariff import GetTariffProfileResponseTariff  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        used_count: None | str | Unset
        if isinstance(self.used_count, Unset):
            used_count = UNSET
        else:
            used_count = self.used_count

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        tariff: dict[str, Any] | None | Unset
        if isinstance(self.tariff, Unset):
            tariff = UNSET
        elif isinstance(self.tariff, GetTariffProfileResponseTariff):
            tariff = self.tariff.to_dict()
        else:
            tariff = self.tariff

        inclusive_volume: dict[str, Any] | None | Unset
        if isinstance(self.inclusive_volume, Unset):
            inclusive_volume = UNSET
        elif isinstance(self.inclusive_volume, GetTariffProfileResponseInclusiveVolume):
            inclusive_volume = self.inclusive_volume.to_dict()
        else:
            inclusive_volume = self.inclusive_volume

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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_used_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        used_count = _parse_used_count(d.pop("used_count", UNSET))

        def _parse_organisation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        def _parse_tariff(data: object) -> GetTariffProfileResponseTariff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_type_0 = GetTariffProfileResponseTariff.from_dict(data)

                return tariff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTariffProfileResponseTariff | None | Unset, data)

        tariff = _parse_tariff(d.pop("tariff", UNSET))

        def _parse_inclusive_volume(
            data: object,
        ) -> GetTariffProfileResponseInclusiveVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inclusive_volume_type_0 = GetTariffProfileResponseInclusiveVolume.from_dict(data)

                return inclusive_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTariffProfileResponseInclusiveVolume | None | Unset, data)

        inclusive_volume = _parse_inclusive_volume(d.pop("inclusive_volume", UNSET))

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
