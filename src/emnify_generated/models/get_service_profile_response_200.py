from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        allowed_3g (bool | None | Unset):
        allowed_4g (bool | None | Unset):
        allowed_nb_iot (bool | None | Unset):
        allowed_nb_iot_geo (bool | None | Unset):
        apply_sms_quota (bool | None | Unset):
        apply_data_quota (bool | None | Unset):
        retail (bool | None | Unset):
        sms_p2p_int (bool | None | Unset):
        sms_p2p_ext (bool | None | Unset):
        prepaid (bool | None | Unset):
        nipdp (bool | None | Unset):
        used_count (int | None | Unset):
        api_callback (GetServiceProfileResponseApiCallback | None | Unset):
        api_secret (GetServiceProfileResponseApiSecret | None | Unset):
        moc_callback (GetServiceProfileResponseMocCallback | None | Unset):
        esme_interface_type (GetServiceProfileResponseEsmeInterfaceType | None | Unset):
        breakout_region (GetServiceProfileResponseBreakoutRegion | None | Unset):
        service (list[GetServiceProfileResponseServiceItems] | None | Unset):
        ip_firewall_rule_set (GetServiceProfileResponseIpFirewallRuleSet | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    allowed_3g: bool | None | Unset = UNSET
    allowed_4g: bool | None | Unset = UNSET
    allowed_nb_iot: bool | None | Unset = UNSET
    allowed_nb_iot_geo: bool | None | Unset = UNSET
    apply_sms_quota: bool | None | Unset = UNSET
    apply_data_quota: bool | None | Unset = UNSET
    retail: bool | None | Unset = UNSET
    sms_p2p_int: bool | None | Unset = UNSET
    sms_p2p_ext: bool | None | Unset = UNSET
    prepaid: bool | None | Unset = UNSET
    nipdp: bool | None | Unset = UNSET
    used_count: int | None | Unset = UNSET
    api_callback: GetServiceProfileResponseApiCallback | None | Unset = UNSET
    api_secret: GetServiceProfileResponseApiSecret | None | Unset = UNSET
    moc_callback: GetServiceProfileResponseMocCallback | None | Unset = UNSET
    esme_interface_type: GetServiceProfileResponseEsmeInterfaceType | None | Unset = UNSET
    breakout_region: GetServiceProfileResponseBreakoutRegion | None | Unset = UNSET
    service: list[GetServiceProfileResponseServiceItems] | None | Unset = UNSET
    ip_firewall_rule_set: GetServiceProfileResponseIpFirewallRuleSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        retail: bool | None | Unset
        if isinstance(self.retail, Unset):
            retail = UNSET
        else:
            retail = self.retail

        sms_p2p_int: bool | None | Unset
        if isinstance(self.sms_p2p_int, Unset):
            sms_p2p_int = UNSET
        else:
            sms_p2p_int = self.sms_p2p_int

        sms_p2p_ext: bool | None | Unset
        if isinstance(self.sms_p2p_ext, Unset):
            sms_p2p_ext = UNSET
        else:
            sms_p2p_ext = self.sms_p2p_ext

        prepaid: bool | None | Unset
        if isinstance(self.prepaid, Unset):
            prepaid = UNSET
        else:
            prepaid = self.prepaid

        nipdp: bool | None | Unset
        if isinstance(self.nipdp, Unset):
            nipdp = UNSET
        else:
            nipdp = self.nipdp

        used_count: int | None | Unset
        if isinstance(self.used_count, Unset):
            used_count = UNSET
        else:
            used_count = self.used_count

        api_callback: dict[str, Any] | None | Unset
        if isinstance(self.api_callback, Unset):
            api_callback = UNSET
        elif isinstance(self.api_callback, GetServiceProfileResponseApiCallback):
            api_callback = self.api_callback.to_dict()
        else:
            api_callback = self.api_callback

        api_secret: dict[str, Any] | None | Unset
        if isinstance(self.api_secret, Unset):
            api_secret = UNSET
        elif isinstance(self.api_secret, GetServiceProfileResponseApiSecret):
            api_secret = self.api_secret.to_dict()
        else:
            api_secret = self.api_secret

        moc_callback: dict[str, Any] | None | Unset
        if isinstance(self.moc_callback, Unset):
            moc_callback = UNSET
        elif isinstance(self.moc_callback, GetServiceProfileResponseMocCallback):
            moc_callback = self.moc_callback.to_dict()
        else:
            moc_callback = self.moc_callback

        esme_interface_type: dict[str, Any] | None | Unset
        if isinstance(self.esme_interface_type, Unset):
            esme_interface_type = UNSET
        elif isinstance(self.esme_interface_type, GetServiceProfileResponseEsmeInterfaceType):
            esme_interface_type = self.esme_interface_type.to_dict()
        else:
            esme_interface_type = self.esme_interface_type

        breakout_region: dict[str, Any] | None | Unset
        if isinstance(self.breakout_region, Unset):
            breakout_region = UNSET
        elif isinstance(self.breakout_region, GetServiceProfileResponseBreakoutRegion):
            breakout_region = self.breakout_region.to_dict()
        else:
            breakout_region = self.breakout_region

        service: list[dict[str, Any]] | None | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, list):
            service = []
            for service_type_0_item_data in self.service:
                service_type_0_item = service_type_0_item_data.to_dict()
                service.append(service_type_0_item)

        else:
            service = self.service

        ip_firewall_rule_set: dict[str, Any] | None | Unset
        if isinstance(self.ip_firewall_rule_set, Unset):
            ip_firewall_rule_set = UNSET
        elif isinstance(self.ip_firewall_rule_set, GetServiceProfileResponseIpFirewallRuleSet):
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

        def _parse_retail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retail = _parse_retail(d.pop("retail", UNSET))

        def _parse_sms_p2p_int(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sms_p2p_int = _parse_sms_p2p_int(d.pop("sms_p2p_int", UNSET))

        def _parse_sms_p2p_ext(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sms_p2p_ext = _parse_sms_p2p_ext(d.pop("sms_p2p_ext", UNSET))

        def _parse_prepaid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prepaid = _parse_prepaid(d.pop("prepaid", UNSET))

        def _parse_nipdp(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        nipdp = _parse_nipdp(d.pop("nipdp", UNSET))

        def _parse_used_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        used_count = _parse_used_count(d.pop("used_count", UNSET))

        def _parse_api_callback(
            data: object,
        ) -> GetServiceProfileResponseApiCallback | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                api_callback_type_0 = GetServiceProfileResponseApiCallback.from_dict(data)

                return api_callback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetServiceProfileResponseApiCallback | None | Unset, data)

        api_callback = _parse_api_callback(d.pop("api_callback", UNSET))

        def _parse_api_secret(data: object) -> GetServiceProfileResponseApiSecret | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                api_secret_type_0 = GetServiceProfileResponseApiSecret.from_dict(data)

                return api_secret_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetServiceProfileResponseApiSecret | None | Unset, data)

        api_secret = _parse_api_secret(d.pop("api_secret", UNSET))

        def _parse_moc_callback(
            data: object,
        ) -> GetServiceProfileResponseMocCallback | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moc_callback_type_0 = GetServiceProfileResponseMocCallback.from_dict(data)

                return moc_callback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetServiceProfileResponseMocCallback | None | Unset, data)

        moc_callback = _parse_moc_callback(d.pop("moc_callback", UNSET))

        def _parse_esme_interface_type(
            data: object,
        ) -> GetServiceProfileResponseEsmeInterfaceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                esme_interface_type_type_0 = GetServiceProfileResponseEsmeInterfaceType.from_dict(
                    data
                )

                return esme_interface_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetServiceProfileResponseEsmeInterfaceType | None | Unset, data)

        esme_interface_type = _parse_esme_interface_type(d.pop("esme_interface_type", UNSET))

        def _parse_breakout_region(
            data: object,
        ) -> GetServiceProfileResponseBreakoutRegion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breakout_region_type_0 = GetServiceProfileResponseBreakoutRegion.from_dict(data)

                return breakout_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetServiceProfileResponseBreakoutRegion | None | Unset, data)

        breakout_region = _parse_breakout_region(d.pop("breakout_region", UNSET))

        def _parse_service(
            data: object,
        ) -> list[GetServiceProfileResponseServiceItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                service_type_0 = []
                _service_type_0 = data
                for service_type_0_item_data in _service_type_0:
                    service_type_0_item = GetServiceProfileResponseServiceItems.from_dict(
                        service_type_0_item_data
                    )

                    service_type_0.append(service_type_0_item)

                return service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetServiceProfileResponseServiceItems] | None | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        def _parse_ip_firewall_rule_set(
            data: object,
        ) -> GetServiceProfileResponseIpFirewallRuleSet | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_firewall_rule_set_type_0 = GetServiceProfileResponseIpFirewallRuleSet.from_dict(
                    data
                )

                return ip_firewall_rule_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetServiceProfileResponseIpFirewallRuleSet | None | Unset, data)

        ip_firewall_rule_set = _parse_ip_firewall_rule_set(d.pop("ip_firewall_rule_set", UNSET))

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
