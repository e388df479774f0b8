from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSimEventsResponseItemsImsi")


@_attrs_define
class ListSimEventsResponseItemsImsi:
    """
    Attributes:
        id (int | None | Unset):
        imsi (None | str | Unset):
        import_date (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    imsi: None | str | Unset = UNSET
    import_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        imsi: None | str | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        else:
            imsi = self.imsi

        import_date: None | str | Unset
        if isinstance(self.import_date, Unset):
            import_date = UNSET
        else:
            import_date = self.import_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if import_date is not UNSET:
            field_dict["import_date"] = import_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_imsi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_import_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        import_date = _parse_import_date(d.pop("import_date", UNSET))

        list_sim_events_response_items_imsi = cls(
            id=id,
            imsi=imsi,
            import_date=import_date,
        )

        list_sim_events_response_items_imsi.additional_properties = d
        return list_sim_events_response_items_imsi

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
