from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.euicc_unlinked_validation_request_target_items import (
        EuiccUnlinkedValidationRequestTargetItems,
    )


T = TypeVar("T", bound="EuiccUnlinkedValidationRequest")


@_attrs_define
class EuiccUnlinkedValidationRequest:
    """
    Attributes:
        target (list[EuiccUnlinkedValidationRequestTargetItems]):
    """

    target: list[EuiccUnlinkedValidationRequestTargetItems]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = []
        for target_item_data in self.target:
            target_item = target_item_data.to_dict()
            target.append(target_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.euicc_unlinked_validation_request_target_items import (
            EuiccUnlinkedValidationRequestTargetItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        target = []
        _target = d.pop("target")
        for target_item_data in _target:
            target_item = EuiccUnlinkedValidationRequestTargetItems.from_dict(target_item_data)

            target.append(target_item)

        euicc_unlinked_validation_request = cls(
            target=target,
        )

        euicc_unlinked_validation_request.additional_properties = d
        return euicc_unlinked_validation_request

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
