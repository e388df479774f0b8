from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_service_profile_response_api_callback import (
        GetServiceProfileResponseApiCallback,
    )
    from ..models.get_service_profile_response_api_secret import GetServiceProfileResponseApiSecret
    from ..models.get_service_profile_response_breakout_region import (
        GetServiceProfileResponseBreakoutRegion,
    )
    from ..models.get_service_profile_response_esme_interface_type import (
        GetServiceProfileResponseEsmeInterfaceType,
    )
    from ..models.get_service_profile_response_ip_firewall_rule_set import (
        GetServiceProfileResponseIpFirewallRuleSet,
    )
    from ..models.get_service_profile_response_moc_callback import (
        GetServiceProfileResponseMocCallback,
    )
    from ..models.get_service_profile_response_service_items import (
        GetServiceProfileResponseServiceItems,
    )


T = TypeVar("T", bound="GetServiceProfileResponse200")


@_attrs_define
class GetServiceProfileResponse200:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        allowed_3g (bool | Unset):
        allowed_4g (bool | Unset):
        allowed_nb_iot (bool | Unset):
        allowed_nb_iot_geo (bool | Unset):
        apply_sms_quota (bool | Unset):
        apply_data_quota (bool | Unset):
        retail (bool | Unset):
        sms_p2p_int (bool | Unset):
        sms_p2p_ext (bool | Unset):
        prepaid (bool | Unset):
        nipdp (bool | Unset):
        used_count (int | Unset):
        api_callback (GetServiceProfileResponseApiCallback | Unset):
        api_secret (GetServiceProfileResponseApiSecret | Unset):
        moc_callback (GetServiceProfileResponseMocCallback | Unset):
        esme_interface_type (GetServiceProfileResponseEsmeInterfaceType | Unset):
        breakout_region (GetServiceProfileResponseBreakoutRegion | Unset):
        service (list[GetServiceProfileResponseServiceItems] | Unset):
        ip_firewall_rule_set (GetServiceProfileResponseIpFirewallRuleSet | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    allowed_3g: bool | Unset = UNSET
    allowed_4g: bool | Unset = UNSET
    allowed_nb_iot: bool | Unset = UNSET
    allowed_nb_iot_geo: bool | Unset = UNSET
    apply_sms_quota: bool | Unset = UNSET
    apply_data_quota: bool | Unset = UNSET
    retail: bool | Unset = UNSET
    sms_p2p_int: bool | Unset = UNSET
    sms_p2p_ext: bool | Unset = UNSET
    prepaid: bool | Unset = UNSET
    nipdp: bool | Unset = UNSET
    used_count: int | Unset = UNSET
    api_callback: GetServiceProfileResponseApiCallback | Unset = UNSET
    api_secret: GetServiceProfileResponseApiSecret | Unset = UNSET
    moc_callback: GetServiceProfileResponseMocCallback | Unset = UNSET
    esme_interface_type: GetServiceProfileResponseEsmeInterfaceType | Unset = UNSET
    breakout_region: GetServiceProfileResponseBreakoutRegion | Unset = UNSET
    service: list[GetServiceProfileResponseServiceItems] | Unset = UNSET
    ip_firewall_rule_set: GetServiceProfileResponseIpFirewallRuleSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        allowed_3g = self.allowed_3g

        allowed_4g = self.allowed_4g

        allowed_nb_iot = self.allowed_nb_iot

        allowed_nb_iot_geo = self.allowed_nb_iot_geo

        apply_sms_quota = self.apply_sms_quota

        apply_data_quota = self.apply_data_quota

        retail = self.retail

        sms_p2p_int = self.sms_p2p_int

        sms_p2p_ext = self.sms_p2p_ext

        prepaid = self.prepaid

        nipdp = self.nipdp

        used_count = self.used_count

        api_callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_callback, Unset):
            api_callback = self.api_callback.to_dict()

        api_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_secret, Unset):
            api_secret = self.api_secret.to_dict()

        moc_callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moc_callback, Unset):
            moc_callback = self.moc_callback.to_dict()

        esme_interface_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.esme_interface_type, Unset):
            esme_interface_type = self.esme_interface_type.to_dict()

        breakout_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakout_region, Unset):
            breakout_region = self.breakout_region.to_dict()

        service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = []
            for service_item_data in self.service:
                service_item = service_item_data.to_dict()
                service.append(service_item)

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
        if retail is not UNSET:
            field_dict["retail"] = retail
        if sms_p2p_int is not UNSET:
            field_dict["sms_p2p_int"] = sms_p2p_int
        if sms_p2p_ext is not UNSET:
            field_dict["sms_p2p_ext"] = sms_p2p_ext
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if nipdp is not UNSET:
            field_dict["nipdp"] = nipdp
        if used_count is not UNSET:
            field_dict["used_count"] = used_count
        if api_callback is not UNSET:
            field_dict["api_callback"] = api_callback
        if api_secret is not UNSET:
            field_dict["api_secret"] = api_secret
        if moc_callback is not UNSET:
            field_dict["moc_callback"] = moc_callback
        if esme_interface_type is not UNSET:
            field_dict["esme_interface_type"] = esme_interface_type
        if breakout_region is not UNSET:
            field_dict["breakout_region"] = breakout_region
        if service is not UNSET:
            field_dict["service"] = service
        if ip_firewall_rule_set is not UNSET:
            field_dict["ip_firewall_rule_set"] = ip_firewall_rule_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_service_profile_response_api_callback import (
            GetServiceProfileResponseApiCallback,  # noqa: PLC0415
        )
        from ..models.get_service_profile_response_api_secret import (
            GetServiceProfileResponseApiSecret,  # noqa: PLC0415
        )
        from ..models.get_service_profile_response_breakout_region import (
            GetServiceProfileResponseBreakoutRegion,  # noqa: PLC0415
        )
        from ..models.get_service_profile_response_esme_interface_type import (
            GetServiceProfileResponseEsmeInterfaceType,  # noqa: PLC0415
        )
        from ..models.get_service_profile_response_ip_firewall_rule_set import (
            GetServiceProfileResponseIpFirewallRuleSet,  # noqa: PLC0415
        )
        from ..models.get_service_profile_response_moc_callback import (
            GetServiceProfileResponseMocCallback,  # noqa: PLC0415
        )
        from ..models.get_service_profile_response_service_items import (
            GetServiceProfileResponseServiceItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        allowed_3g = d.pop("allowed_3g", UNSET)

        allowed_4g = d.pop("allowed_4g", UNSET)

        allowed_nb_iot = d.pop("allowed_nb_iot", UNSET)

        allowed_nb_iot_geo = d.pop("allowed_nb_iot_geo", UNSET)

        apply_sms_quota = d.pop("apply_sms_quota", UNSET)

        apply_data_quota = d.pop("apply_data_quota", UNSET)

        retail = d.pop("retail", UNSET)

        sms_p2p_int = d.pop("sms_p2p_int", UNSET)

        sms_p2p_ext = d.pop("sms_p2p_ext", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        nipdp = d.pop("nipdp", UNSET)

        used_count = d.pop("used_count", UNSET)

        _api_callback = d.pop("api_callback", UNSET)
        api_callback: GetServiceProfileResponseApiCallback | Unset
        if isinstance(_api_callback, Unset):
            api_callback = UNSET
        else:
            api_callback = GetServiceProfileResponseApiCallback.from_dict(_api_callback)

        _api_secret = d.pop("api_secret", UNSET)
        api_secret: GetServiceProfileResponseApiSecret | Unset
        if isinstance(_api_secret, Unset):
            api_secret = UNSET
        else:
            api_secret = GetServiceProfileResponseApiSecret.from_dict(_api_secret)

        _moc_callback = d.pop("moc_callback", UNSET)
        moc_callback: GetServiceProfileResponseMocCallback | Unset
        if isinstance(_moc_callback, Unset):
            moc_callback = UNSET
        else:
            moc_callback = GetServiceProfileResponseMocCallback.from_dict(_moc_callback)

        _esme_interface_type = d.pop("esme_interface_type", UNSET)
        esme_interface_type: GetServiceProfileResponseEsmeInterfaceType | Unset
        if isinstance(_esme_interface_type, Unset):
            esme_interface_type = UNSET
        else:
            esme_interface_type = GetServiceProfileResponseEsmeInterfaceType.from_dict(
                _esme_interface_type
            )

        _breakout_region = d.pop("breakout_region", UNSET)
        breakout_region: GetServiceProfileResponseBreakoutRegion | Unset
        if isinstance(_breakout_region, Unset):
            breakout_region = UNSET
        else:
            breakout_region = GetServiceProfileResponseBreakoutRegion.from_dict(_breakout_region)

        _service = d.pop("service", UNSET)
        service: list[GetServiceProfileResponseServiceItems] | Unset = UNSET
        if _service is not UNSET:
            service = []
            for service_item_data in _service:
                service_item = GetServiceProfileResponseServiceItems.from_dict(service_item_data)

                service.append(service_item)

        _ip_firewall_rule_set = d.pop("ip_firewall_rule_set", UNSET)
        ip_firewall_rule_set: GetServiceProfileResponseIpFirewallRuleSet | Unset
        if isinstance(_ip_firewall_rule_set, Unset):
            ip_firewall_rule_set = UNSET
        else:
            ip_firewall_rule_set = GetServiceProfileResponseIpFirewallRuleSet.from_dict(
                _ip_firewall_rule_set
            )

        get_service_profile_response_200 = cls(
            id=id,
            name=name,
            description=description,
            allowed_3g=allowed_3g,
            allowed_4g=allowed_4g,
            allowed_nb_iot=allowed_nb_iot,
            allowed_nb_iot_geo=allowed_nb_iot_geo,
            apply_sms_quota=apply_sms_quota,
            apply_data_quota=apply_data_quota,
            retail=retail,
            sms_p2p_int=sms_p2p_int,
            sms_p2p_ext=sms_p2p_ext,
            prepaid=prepaid,
            nipdp=nipdp,
            used_count=used_count,
            api_callback=api_callback,
            api_secret=api_secret,
            moc_callback=moc_callback,
            esme_interface_type=esme_interface_type,
            breakout_region=breakout_region,
            service=service,
            ip_firewall_rule_set=ip_firewall_rule_set,
        )

        get_service_profile_response_200.additional_properties = d
        return get_service_profile_response_200

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
