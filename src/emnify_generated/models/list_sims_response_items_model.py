from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_sims_response_items_model_formfactor import (
        ListSimsResponseItemsModelFormfactor,
    )
    from ..models.list_sims_response_items_model_manufacturer import (
        ListSimsResponseItemsModelManufacturer,
    )


T = TypeVar("T", bound="ListSimsResponseItemsModel")


@_attrs_define
class ListSimsResponseItemsModel:
    """
    Attributes:
        id (int | None | Unset):
        description (None | str | Unset):
        memory_size (int | None | Unset):
        formfactor (ListSimsResponseItemsModelFormfactor | None | Unset):
        manufacturer (ListSimsResponseItemsModelManufacturer | None | Unset):
    """

    id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    memory_size: int | None | Unset = UNSET
    formfactor: ListSimsResponseItemsModelFormfactor | None | Unset = UNSET
    manufacturer: ListSimsResponseItemsModelManufacturer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_sims_response_items_model_formfactor import (
            ListSimsResponseItemsModelFormfactor,  # noqa: PLC0415
        )
        from ..models.list_sims_response_items_model_manufacturer import (
            ListSimsResponseItemsModelManufacturer,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        memory_size: int | None | Unset
        if isinstance(self.memory_size, Unset):
            memory_size = UNSET
        else:
            memory_size = self.memory_size

        formfactor: dict[str, Any] | None | Unset
        if isinstance(self.formfactor, Unset):
            formfactor = UNSET
        elif isinstance(self.formfactor, ListSimsResponseItemsModelFormfactor):
            formfactor = self.formfactor.to_dict()
        else:
            formfactor = self.formfactor

        manufacturer: dict[str, Any] | None | Unset
        if isinstance(self.manufacturer, Unset):
            manufacturer = UNSET
        elif isinstance(self.manufacturer, ListSimsResponseItemsModelManufacturer):
            manufacturer = self.manufacturer.to_dict()
        else:
            manufacturer = self.manufacturer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if memory_size is not UNSET:
            field_dict["memory_size"] = memory_size
        if formfactor is not UNSET:
            field_dict["formfactor"] = formfactor
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_sims_response_items_model_formfactor import (
            ListSimsResponseItemsModelFormfactor,  # noqa: PLC0415
        )
        from ..models.list_sims_response_items_model_manufacturer import (
            ListSimsResponseItemsModelManufacturer,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_memory_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        memory_size = _parse_memory_size(d.pop("memory_size", UNSET))

        def _parse_formfactor(data: object) -> ListSimsResponseItemsModelFormfactor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                formfactor_type_0 = ListSimsResponseItemsModelFormfactor.from_dict(data)

                return formfactor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsModelFormfactor | None | Unset, data)

        formfactor = _parse_formfactor(d.pop("formfactor", UNSET))

        def _parse_manufacturer(
            data: object,
        ) -> ListSimsResponseItemsModelManufacturer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                manufacturer_type_0 = ListSimsResponseItemsModelManufacturer.from_dict(data)

                return manufacturer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsModelManufacturer | None | Unset, data)

        manufacturer = _parse_manufacturer(d.pop("manufacturer", UNSET))

        list_sims_response_items_model = cls(
            id=id,
            description=description,
            memory_size=memory_size,
            formfactor=formfactor,
            manufacturer=manufacturer,
        )

        list_sims_response_items_model.additional_properties = d
        return list_sims_response_items_model

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
