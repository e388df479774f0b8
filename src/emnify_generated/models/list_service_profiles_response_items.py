from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        used_count (None | str | Unset):
        allowed_3g (bool | None | Unset):
        allowed_4g (bool | None | Unset):
        allowed_nb_iot (bool | None | Unset):
        allowed_nb_iot_geo (bool | None | Unset):
        apply_sms_quota (bool | None | Unset):
        apply_data_quota (bool | None | Unset):
        ip_firewall_rule_set (ListServiceProfilesResponseItemsIpFirewallRuleSet | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    used_count: None | str | Unset = UNSET
    allowed_3g: bool | None | Unset = UNSET
    allowed_4g: bool | None | Unset = UNSET
    allowed_nb_iot: bool | None | Unset = UNSET
    allowed_nb_iot_geo: bool | None | Unset = UNSET
    apply_sms_quota: bool | None | Unset = UNSET
    apply_data_quota: bool | None | Unset = UNSET
    ip_firewall_rule_set: ListServiceProfilesResponseItemsIpFirewallRuleSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_service_profiles_response_items_ip_firewall_rule_set import (
            ListServiceProfilesResponseItemsIpFirewallRuleSet,  # noqa: PLC0415
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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        used_count: None | str | Unset
        if isinstance(self.used_count, Unset):
            used_count = UNSET
        else:
            used_count = self.used_count

        allowed_3g: bool | None | Unset
        if isinstance(self.allowed_3g, Unset):
            allowed_3g = UNSET
        else:
            allowed_3g = self.allowed_3g

        allowed_4g: bool | None | Unset
        if isinstance(self.allowed_4g, Unset):
            allowed_4g = UNSET
        else:
            allowed_4g = self.allowed_4g

        allowed_nb_iot: bool | None | Unset
        if isinstance(self.allowed_nb_iot, Unset):
            allowed_nb_iot = UNSET
        else:
            allowed_nb_iot = self.allowed_nb_iot

        allowed_nb_iot_geo: bool | None | Unset
        if isinstance(self.allowed_nb_iot_geo, Unset):
            allowed_nb_iot_geo = UNSET
        else:
            allowed_nb_iot_geo = self.allowed_nb_iot_geo

        apply_sms_quota: bool | None | Unset
        if isinstance(self.apply_sms_quota, Unset):
            apply_sms_quota = UNSET
        else:
            apply_sms_quota = self.apply_sms_quota

        apply_data_quota: bool | None | Unset
        if isinstance(self.apply_data_quota, Unset):
            apply_data_quota = UNSET
        else:
            apply_data_quota = self.apply_data_quota

        ip_firewall_rule_set: dict[str, Any] | None | Unset
        if isinstance(self.ip_firewall_rule_set, Unset):
            ip_firewall_rule_set = UNSET
        elif isinstance(
            self.ip_firewall_rule_set, ListServiceProfilesResponseItemsIpFirewallRuleSet
        ):
            ip_firewall_rule_set = self.ip_firewall_rule_set.to_dict()
        else:
            ip_firewall_rule_set = self.ip_firewall_rule_set

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_used_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        used_count = _parse_used_count(d.pop("used_count", UNSET))

        def _parse_allowed_3g(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowed_3g = _parse_allowed_3g(d.pop("allowed_3g", UNSET))

        def _parse_allowed_4g(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowed_4g = _parse_allowed_4g(d.pop("allowed_4g", UNSET))

        def _parse_allowed_nb_iot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowed_nb_iot = _parse_allowed_nb_iot(d.pop("allowed_nb_iot", UNSET))

        def _parse_allowed_nb_iot_geo(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowed_nb_iot_geo = _parse_allowed_nb_iot_geo(d.pop("allowed_nb_iot_geo", UNSET))

        def _parse_apply_sms_quota(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        apply_sms_quota = _parse_apply_sms_quota(d.pop("apply_sms_quota", UNSET))

        def _parse_apply_data_quota(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        apply_data_quota = _parse_apply_data_quota(d.pop("apply_data_quota", UNSET))

        def _parse_ip_firewall_rule_set(
            data: object,
        ) -> ListServiceProfilesResponseItemsIpFirewallRuleSet | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_firewall_rule_set_type_0 = (
                    ListServiceProfilesResponseItemsIpFirewallRuleSet.from_dict(data)
                )

                return ip_firewall_rule_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListServiceProfilesResponseItemsIpFirewallRuleSet | None | Unset, data)

        ip_firewall_rule_set = _parse_ip_firewall_rule_set(d.pop("ip_firewall_rule_set", UNSET))

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
