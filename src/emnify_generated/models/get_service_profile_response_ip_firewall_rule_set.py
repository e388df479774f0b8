from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_service_profile_response_ip_firewall_rule_set_ip_firewall_profiles_items import (
        GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems,
    )


T = TypeVar("T", bound="GetServiceProfileResponseIpFirewallRuleSet")


@_attrs_define
class GetServiceProfileResponseIpFirewallRuleSet:
    """
    Attributes:
        ip_firewall_profiles (list[GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems] | Unset):
        enforce (bool | Unset):
    """

    ip_firewall_profiles: (
        list[GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems] | Unset
    ) = UNSET
    enforce: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_firewall_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_firewall_profiles, Unset):
            ip_firewall_profiles = []
            for ip_firewall_profiles_item_data in self.ip_firewall_profiles:
                ip_firewall_profiles_item = ip_firewall_profiles_item_data.to_dict()
                ip_firewall_profiles.append(ip_firewall_profiles_item)

        enforce = self.enforce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_firewall_profiles is not UNSET:
            field_dict["ip_firewall_profiles"] = ip_firewall_profiles
        if enforce is not UNSET:
            field_dict["enforce"] = enforce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_service_profile_response_ip_firewall_rule_set_ip_firewall_profiles_items import (
            GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _ip_firewall_profiles = d.pop("ip_firewall_profiles", UNSET)
        ip_firewall_profiles: (
            list[GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems] | Unset
        ) = UNSET
        if _ip_firewall_profiles is not UNSET:
            ip_firewall_profiles = []
            for ip_firewall_profiles_item_data in _ip_firewall_profiles:
                ip_firewall_profiles_item = (
                    GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems.from_dict(
                        ip_firewall_profiles_item_data
                    )
                )

                ip_firewall_profiles.append(ip_firewall_profiles_item)

        enforce = d.pop("enforce", UNSET)

        get_service_profile_response_ip_firewall_rule_set = cls(
            ip_firewall_profiles=ip_firewall_profiles,
            enforce=enforce,
        )

        get_service_profile_response_ip_firewall_rule_set.additional_properties = d
        return get_service_profile_response_ip_firewall_rule_set

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
