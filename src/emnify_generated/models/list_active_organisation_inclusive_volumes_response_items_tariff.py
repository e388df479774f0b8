from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_active_organisation_inclusive_volumes_response_items_tariff_ratezone import (
        ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone,
    )


T = TypeVar("T", bound="ListActiveOrganisationInclusiveVolumesResponseItemsTariff")


@_attrs_define
class ListActiveOrganisationInclusiveVolumesResponseItemsTariff:
    """
    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        tariff_status_id (int | None | Unset):
        ratezone (ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tariff_status_id: int | None | Unset = UNSET
    ratezone: ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_active_organisation_inclusive_volumes_response_items_tariff_ratezone import (
            ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone,  # noqa: PLC0415
        )

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

        tariff_status_id: int | None | Unset
        if isinstance(self.tariff_status_id, Unset):
            tariff_status_id = UNSET
        else:
            tariff_status_id = self.tariff_status_id

        ratezone: dict[str, Any] | None | Unset
        if isinstance(self.ratezone, Unset):
            ratezone = UNSET
        elif isinstance(
            self.ratezone, ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone
        ):
            ratezone = self.ratezone.to_dict()
        else:
            ratezone = self.ratezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tariff_status_id is not UNSET:
            field_dict["tariff_status_id"] = tariff_status_id
        if ratezone is not UNSET:
            field_dict["ratezone"] = ratezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_active_organisation_inclusive_volumes_response_items_tariff_ratezone import (
            ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone,  # noqa: PLC0415
        )

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

        def _parse_tariff_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        tariff_status_id = _parse_tariff_status_id(d.pop("tariff_status_id", UNSET))

        def _parse_ratezone(
            data: object,
        ) -> ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ratezone_type_0 = (
                    ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone.from_dict(
                        data
                    )
                )

                return ratezone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone | None | Unset,
                data,
            )

        ratezone = _parse_ratezone(d.pop("ratezone", UNSET))

        list_active_organisation_inclusive_volumes_response_items_tariff = cls(
            id=id,
            name=name,
            tariff_status_id=tariff_status_id,
            ratezone=ratezone,
        )

        list_active_organisation_inclusive_volumes_response_items_tariff.additional_properties = d
        return list_active_organisation_inclusive_volumes_response_items_tariff

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
