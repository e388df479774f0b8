from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        ip_firewall_profiles (list[GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems] | None | Unset):
        enforce (bool | None | Unset):
    """

    ip_firewall_profiles: (
        list[GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems] | None | Unset
    ) = UNSET
    enforce: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_firewall_profiles: list[dict[str, Any]] | None | Unset
        if isinstance(self.ip_firewall_profiles, Unset):
            ip_firewall_profiles = UNSET
        elif isinstance(self.ip_firewall_profiles, list):
            ip_firewall_profiles = []
            for ip_firewall_profiles_type_0_item_data in self.ip_firewall_profiles:
                ip_firewall_profiles_type_0_item = ip_firewall_profiles_type_0_item_data.to_dict()
                ip_firewall_profiles.append(ip_firewall_profiles_type_0_item)

        else:
            ip_firewall_profiles = self.ip_firewall_profiles

        enforce: bool | None | Unset
        if isinstance(self.enforce, Unset):
            enforce = UNSET
        else:
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

        def _parse_ip_firewall_profiles(
            data: object,
        ) -> list[GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ip_firewall_profiles_type_0 = []
                _ip_firewall_profiles_type_0 = data
                for ip_firewall_profiles_type_0_item_data in _ip_firewall_profiles_type_0:
                    ip_firewall_profiles_type_0_item = (
                        GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems.from_dict(
                            ip_firewall_profiles_type_0_item_data
                        )
                    )

                    ip_firewall_profiles_type_0.append(ip_firewall_profiles_type_0_item)

                return ip_firewall_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetServiceProfileResponseIpFirewallRuleSetIpFirewallProfilesItems]
                | None
                | Unset,
                data,
            )

        ip_firewall_profiles = _parse_ip_firewall_profiles(d.pop("ip_firewall_profiles", UNSET))

        def _parse_enforce(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enforce = _parse_enforce(d.pop("enforce", UNSET))

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
