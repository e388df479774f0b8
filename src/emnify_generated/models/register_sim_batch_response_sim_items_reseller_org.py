from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.register_sim_batch_response_sim_items_reseller_org_country import (
        RegisterSimBatchResponseSimItemsResellerOrgCountry,
    )


T = TypeVar("T", bound="RegisterSimBatchResponseSimItemsResellerOrg")


@_attrs_define
class RegisterSimBatchResponseSimItemsResellerOrg:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        country (RegisterSimBatchResponseSimItemsResellerOrgCountry | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    country: RegisterSimBatchResponseSimItemsResellerOrgCountry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.register_sim_batch_response_sim_items_reseller_org_country import (
            RegisterSimBatchResponseSimItemsResellerOrgCountry,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _country = d.pop("country", UNSET)
        country: RegisterSimBatchResponseSimItemsResellerOrgCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = RegisterSimBatchResponseSimItemsResellerOrgCountry.from_dict(_country)

        register_sim_batch_response_sim_items_reseller_org = cls(
            id=id,
            name=name,
            country=country,
        )

        register_sim_batch_response_sim_items_reseller_org.additional_properties = d
        return register_sim_batch_response_sim_items_reseller_org

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
