from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_service_profiles_response_items_ip_firewall_rule_set import (
        ListServiceProfilesResponseItemsIpFirewallRuleSet,
    )


T = TypeVar("T", bound="ListServiceProfilesResponseItems")


@_attrs_define
class ListServiceProfilesResponseItems:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        used_count (str | Unset):
        allowed_3g (bool | Unset):
        allowed_4g (bool | Unset):
        allowed_nb_iot (bool | Unset):
        allowed_nb_iot_geo (bool | Unset):
        apply_sms_quota (bool | Unset):
        apply_data_quota (bool | Unset):
        ip_firewall_rule_set (ListServiceProfilesResponseItemsIpFirewallRuleSet | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    used_count: str | Unset = UNSET
    allowed_3g: bool | Unset = UNSET
    allowed_4g: bool | Unset = UNSET
    allowed_nb_iot: bool | Unset = UNSET
    allowed_nb_iot_geo: bool | Unset = UNSET
    apply_sms_quota: bool | Unset = UNSET
    apply_data_quota: bool | Unset = UNSET
    ip_firewall_rule_set: ListServiceProfilesResponseItemsIpFirewallRuleSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        used_count = self.used_count

        allowed_3g = self.allowed_3g

        allowed_4g = self.allowed_4g

        allowed_nb_iot = self.allowed_nb_iot

        allowed_nb_iot_geo = self.allowed_nb_iot_geo

        apply_sms_quota = self.apply_sms_quota

        apply_data_quota = self.apply_data_quota

        ip_firewall_rule_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_firewall_rule_set, Unset):
            ip_firewall_rule_set = self.ip_firewall_rule_set.to_dict()

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
        if allowed_3g is not UNSET:
            field_dict["allowed_3g"] = allowed_3g
        if allowed_4g is not UNSET:
            field_dict["allowed_4g"] = allowed_4g
        if allowed_nb_iot is not UNSET:
            field_dict["allowed_nb_iot"] = allowed_nb_iot
        if allowed_nb_iot_geo is not UNSET:
            field_dict["allowed_nb_iot_geo"] = allowed_nb_iot_geo
        if apply_sms_quota is not UNSET:
            field_dict["apply_sms_quota"] = apply_sms_quota
        if apply_data_quota is not UNSET:
            field_dict["apply_data_quota"] = apply_data_quota
        if ip_firewall_rule_set is not UNSET:
            field_dict["ip_firewall_rule_set"] = ip_firewall_rule_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_service_profiles_response_items_ip_firewall_rule_set import (
            ListServiceProfilesResponseItemsIpFirewallRuleSet,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        used_count = d.pop("used_count", UNSET)

        allowed_3g = d.pop("allowed_3g", UNSET)

        allowed_4g = d.pop("allowed_4g", UNSET)

        allowed_nb_iot = d.pop("allowed_nb_iot", UNSET)

        allowed_nb_iot_geo = d.pop("allowed_nb_iot_geo", UNSET)

        apply_sms_quota = d.pop("apply_sms_quota", UNSET)

        apply_data_quota = d.pop("apply_data_quota", UNSET)

        _ip_firewall_rule_set = d.pop("ip_firewall_rule_set", UNSET)
        ip_firewall_rule_set: ListServiceProfilesResponseItemsIpFirewallRuleSet | Unset
        if isinstance(_ip_firewall_rule_set, Unset):
            ip_firewall_rule_set = UNSET
        else:
            ip_firewall_rule_set = ListServiceProfilesResponseItemsIpFirewallRuleSet.from_dict(
                _ip_firewall_rule_set
            )

        list_service_profiles_response_items = cls(
            id=id,
            name=name,
            description=description,
            used_count=used_count,
            allowed_3g=allowed_3g,
            allowed_4g=allowed_4g,
            allowed_nb_iot=allowed_nb_iot,
            allowed_nb_iot_geo=allowed_nb_iot_geo,
            apply_sms_quota=apply_sms_quota,
            apply_data_quota=apply_data_quota,
            ip_firewall_rule_set=ip_firewall_rule_set,
        )

        list_service_profiles_response_items.additional_properties = d
        return list_service_profiles_response_items

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
