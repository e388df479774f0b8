from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id (int | Unset):
        name (str | Unset):
        tariff_status_id (int | Unset):
        ratezone (ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    tariff_status_id: int | Unset = UNSET
    ratezone: ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tariff_status_id = self.tariff_status_id

        ratezone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ratezone, Unset):
            ratezone = self.ratezone.to_dict()

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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        tariff_status_id = d.pop("tariff_status_id", UNSET)

        _ratezone = d.pop("ratezone", UNSET)
        ratezone: ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone | Unset
        if isinstance(_ratezone, Unset):
            ratezone = UNSET
        else:
            ratezone = ListActiveOrganisationInclusiveVolumesResponseItemsTariffRatezone.from_dict(
                _ratezone
            )

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
