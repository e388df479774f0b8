from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        name (None | str | Unset):
        country (ListEndpointOperatorBlacklistResponseItemsCountry | None | Unset):
        tapcode (list[ListEndpointOperatorBlacklistResponseItemsTapcodeItems] | None | Unset):
        mnc (list[ListEndpointOperatorBlacklistResponseItemsMncItems] | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    country: ListEndpointOperatorBlacklistResponseItemsCountry | None | Unset = UNSET
    tapcode: list[ListEndpointOperatorBlacklistResponseItemsTapcodeItems] | None | Unset = UNSET
    mnc: list[ListEndpointOperatorBlacklistResponseItemsMncItems] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_endpoint_operator_blacklist_response_items_country import (
            ListEndpointOperatorBlacklistResponseItemsCountry,  # noqa: PLC0415
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

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, ListEndpointOperatorBlacklistResponseItemsCountry):
            country = self.country.to_dict()
        else:
            country = self.country

        tapcode: list[dict[str, Any]] | None | Unset
        if isinstance(self.tapcode, Unset):
            tapcode = UNSET
        elif isinstance(self.tapcode, list):
            tapcode = []
            for tapcode_type_0_item_data in self.tapcode:
                tapcode_type_0_item = tapcode_type_0_item_data.to_dict()
                tapcode.append(tapcode_type_0_item)

        else:
            tapcode = self.tapcode

        mnc: list[dict[str, Any]] | None | Unset
        if isinstance(self.mnc, Unset):
            mnc = UNSET
        elif isinstance(self.mnc, list):
            mnc = []
            for mnc_type_0_item_data in self.mnc:
                mnc_type_0_item = mnc_type_0_item_data.to_dict()
                mnc.append(mnc_type_0_item)

        else:
            mnc = self.mnc

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

        def _parse_country(
            data: object,
        ) -> ListEndpointOperatorBlacklistResponseItemsCountry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_0 = ListEndpointOperatorBlacklistResponseItemsCountry.from_dict(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointOperatorBlacklistResponseItemsCountry | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_tapcode(
            data: object,
        ) -> list[ListEndpointOperatorBlacklistResponseItemsTapcodeItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tapcode_type_0 = []
                _tapcode_type_0 = data
                for tapcode_type_0_item_data in _tapcode_type_0:
                    tapcode_type_0_item = (
                        ListEndpointOperatorBlacklistResponseItemsTapcodeItems.from_dict(
                            tapcode_type_0_item_data
                        )
                    )

                    tapcode_type_0.append(tapcode_type_0_item)

                return tapcode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListEndpointOperatorBlacklistResponseItemsTapcodeItems] | None | Unset, data
            )

        tapcode = _parse_tapcode(d.pop("tapcode", UNSET))

        def _parse_mnc(
            data: object,
        ) -> list[ListEndpointOperatorBlacklistResponseItemsMncItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mnc_type_0 = []
                _mnc_type_0 = data
                for mnc_type_0_item_data in _mnc_type_0:
                    mnc_type_0_item = ListEndpointOperatorBlacklistResponseItemsMncItems.from_dict(
                        mnc_type_0_item_data
                    )

                    mnc_type_0.append(mnc_type_0_item)

                return mnc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListEndpointOperatorBlacklistResponseItemsMncItems] | None | Unset, data
            )

        mnc = _parse_mnc(d.pop("mnc", UNSET))

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
