from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoint_operator_blacklist_response_items_country import (
        ListEndpointOperatorBlacklistResponseItemsCountry,
    )
    from ..models.list_endpoint_operator_blacklist_response_items_mnc_items import (
        ListEndpointOperatorBlacklistResponseItemsMncItems,
    )
    from ..models.list_endpoint_operator_blacklist_response_items_tapcode_items import (
        ListEndpointOperatorBlacklistResponseItemsTapcodeItems,
    )


T = TypeVar("T", bound="ListEndpointOperatorBlacklistResponseItems")


@_attrs_define
class ListEndpointOperatorBlacklistResponseItems:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        country (ListEndpointOperatorBlacklistResponseItemsCountry | Unset):
        tapcode (list[ListEndpointOperatorBlacklistResponseItemsTapcodeItems] | Unset):
        mnc (list[ListEndpointOperatorBlacklistResponseItemsMncItems] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    country: ListEndpointOperatorBlacklistResponseItemsCountry | Unset = UNSET
    tapcode: list[ListEndpointOperatorBlacklistResponseItemsTapcodeItems] | Unset = UNSET
    mnc: list[ListEndpointOperatorBlacklistResponseItemsMncItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        tapcode: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tapcode, Unset):
            tapcode = []
            for tapcode_item_data in self.tapcode:
                tapcode_item = tapcode_item_data.to_dict()
                tapcode.append(tapcode_item)

        mnc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mnc, Unset):
            mnc = []
            for mnc_item_data in self.mnc:
                mnc_item = mnc_item_data.to_dict()
                mnc.append(mnc_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country
        if tapcode is not UNSET:
            field_dict["tapcode"] = tapcode
        if mnc is not UNSET:
            field_dict["mnc"] = mnc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_endpoint_operator_blacklist_response_items_country import (
            ListEndpointOperatorBlacklistResponseItemsCountry,  # noqa: PLC0415
        )
        from ..models.list_endpoint_operator_blacklist_response_items_mnc_items import (
            ListEndpointOperatorBlacklistResponseItemsMncItems,  # noqa: PLC0415
        )
        from ..models.list_endpoint_operator_blacklist_response_items_tapcode_items import (
            ListEndpointOperatorBlacklistResponseItemsTapcodeItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _country = d.pop("country", UNSET)
        country: ListEndpointOperatorBlacklistResponseItemsCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = ListEndpointOperatorBlacklistResponseItemsCountry.from_dict(_country)

        _tapcode = d.pop("tapcode", UNSET)
        tapcode: list[ListEndpointOperatorBlacklistResponseItemsTapcodeItems] | Unset = UNSET
        if _tapcode is not UNSET:
            tapcode = []
            for tapcode_item_data in _tapcode:
                tapcode_item = ListEndpointOperatorBlacklistResponseItemsTapcodeItems.from_dict(
                    tapcode_item_data
                )

                tapcode.append(tapcode_item)

        _mnc = d.pop("mnc", UNSET)
        mnc: list[ListEndpointOperatorBlacklistResponseItemsMncItems] | Unset = UNSET
        if _mnc is not UNSET:
            mnc = []
            for mnc_item_data in _mnc:
                mnc_item = ListEndpointOperatorBlacklistResponseItemsMncItems.from_dict(
                    mnc_item_data
                )

                mnc.append(mnc_item)

        list_endpoint_operator_blacklist_response_items = cls(
            id=id,
            name=name,
            country=country,
            tapcode=tapcode,
            mnc=mnc,
        )

        list_endpoint_operator_blacklist_response_items.additional_properties = d
        return list_endpoint_operator_blacklist_response_items

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
