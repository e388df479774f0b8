from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_sim_batch_response_model_formfactor import (
        ValidateSimBatchResponseModelFormfactor,
    )
    from ..models.validate_sim_batch_response_model_manufacturer import (
        ValidateSimBatchResponseModelManufacturer,
    )


T = TypeVar("T", bound="ValidateSimBatchResponseModel")


@_attrs_define
class ValidateSimBatchResponseModel:
    """
    Attributes:
        id (int | Unset):
        description (str | Unset):
        memory_size (int | Unset):
        formfactor (ValidateSimBatchResponseModelFormfactor | Unset):
        manufacturer (ValidateSimBatchResponseModelManufacturer | Unset):
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    memory_size: int | Unset = UNSET
    formfactor: ValidateSimBatchResponseModelFormfactor | Unset = UNSET
    manufacturer: ValidateSimBatchResponseModelManufacturer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        memory_size = self.memory_size

        formfactor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formfactor, Unset):
            formfactor = self.formfactor.to_dict()

        manufacturer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manufacturer, Unset):
            manufacturer = self.manufacturer.to_dict()

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
        from ..models.validate_sim_batch_response_model_formfactor import (
            ValidateSimBatchResponseModelFormfactor,  # noqa: PLC0415
        )
        from ..models.validate_sim_batch_response_model_manufacturer import (
            ValidateSimBatchResponseModelManufacturer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        memory_size = d.pop("memory_size", UNSET)

        _formfactor = d.pop("formfactor", UNSET)
        formfactor: ValidateSimBatchResponseModelFormfactor | Unset
        if isinstance(_formfactor, Unset):
            formfactor = UNSET
        else:
            formfactor = ValidateSimBatchResponseModelFormfactor.from_dict(_formfactor)

        _manufacturer = d.pop("manufacturer", UNSET)
        manufacturer: ValidateSimBatchResponseModelManufacturer | Unset
        if isinstance(_manufacturer, Unset):
            manufacturer = UNSET
        else:
            manufacturer = ValidateSimBatchResponseModelManufacturer.from_dict(_manufacturer)

        validate_sim_batch_response_model = cls(
            id=id,
            description=description,
            memory_size=memory_size,
            formfactor=formfactor,
            manufacturer=manufacturer,
        )

        validate_sim_batch_response_model.additional_properties = d
        return validate_sim_batch_response_model

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
