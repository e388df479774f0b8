from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_sim_request_customer_org import UpdateSimRequestCustomerOrg
    from ..models.update_sim_request_issuer_org import UpdateSimRequestIssuerOrg
    from ..models.update_sim_request_reseller_org import UpdateSimRequestResellerOrg
    from ..models.update_sim_request_status import UpdateSimRequestStatus


T = TypeVar("T", bound="UpdateSimBody")


@_attrs_define
class UpdateSimBody:
    """
    Attributes:
        issuer_org (None | Unset | UpdateSimRequestIssuerOrg):
        reseller_org (None | Unset | UpdateSimRequestResellerOrg):
        customer_org (None | Unset | UpdateSimRequestCustomerOrg):
        status (None | Unset | UpdateSimRequestStatus):
    """

    issuer_org: None | Unset | UpdateSimRequestIssuerOrg = UNSET
    reseller_org: None | Unset | UpdateSimRequestResellerOrg = UNSET
    customer_org: None | Unset | UpdateSimRequestCustomerOrg = UNSET
    status: None | Unset | UpdateSimRequestStatus = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_sim_request_customer_org import UpdateSimRequestCustomerOrg  # noqa: PLC0415
        from ..models.update_sim_request_issuer_org import UpdateSimRequestIssuerOrg  # noqa: PLC0415
        from ..models.update_sim_request_reseller_org import UpdateSimRequestResellerOrg  # noqa: PLC0415
        from ..models.update_sim_request_status import UpdateSimRequestStatus  # noqa: PLC0415

        issuer_org: dict[str, Any] | None | Unset
        if isinstance(self.issuer_org, Unset):
            issuer_org = UNSET
        elif isinstance(self.issuer_org, UpdateSimRequestIssuerOrg):
            issuer_org = self.issuer_org.to_dict()
        else:
            issuer_org = self.issuer_org

        reseller_org: dict[str, Any] | None | Unset
        if isinstance(self.reseller_org, Unset):
            reseller_org = UNSET
        elif isinstance(self.reseller_org, UpdateSimRequestResellerOrg):
            reseller_org = self.reseller_org.to_dict()
        else:
            reseller_org = self.reseller_org

        customer_org: dict[str, Any] | None | Unset
        if isinstance(self.customer_org, Unset):
            customer_org = UNSET
        elif isinstance(self.customer_org, UpdateSimRequestCustomerOrg):
            customer_org = self.customer_org.to_dict()
        else:
            customer_org = self.customer_org

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UpdateSimRequestStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issuer_org is not UNSET:
            field_dict["issuer_org"] = issuer_org
        if reseller_org is not UNSET:
            field_dict["reseller_org"] = reseller_org
        if customer_org is not UNSET:
            field_dict["customer_org"] = customer_org
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_sim_request_customer_org import UpdateSimRequestCustomerOrg  # noqa: PLC0415
        from ..models.update_sim_request_issuer_org import UpdateSimRequestIssuerOrg  # noqa: PLC0415
        from ..models.update_sim_request_reseller_org import UpdateSimRequestResellerOrg  # noqa: PLC0415
        from ..models.update_sim_request_status import UpdateSimRequestStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_issuer_org(data: object) -> None | Unset | UpdateSimRequestIssuerOrg:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuer_org_type_0 = UpdateSimRequestIssuerOrg.from_dict(data)

                return issuer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSimRequestIssuerOrg, data)

        issuer_org = _parse_issuer_org(d.pop("issuer_org", UNSET))

        def _parse_reseller_org(data: object) -> None | Unset | UpdateSimRequestResellerOrg:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reseller_org_type_0 = UpdateSimRequestResellerOrg.from_dict(data)

                return reseller_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSimRequestResellerOrg, data)

        reseller_org = _parse_reseller_org(d.pop("reseller_org", UNSET))

        def _parse_customer_org(data: object) -> None | Unset | UpdateSimRequestCustomerOrg:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_org_type_0 = UpdateSimRequestCustomerOrg.from_dict(data)

                return customer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSimRequestCustomerOrg, data)

        customer_org = _parse_customer_org(d.pop("customer_org", UNSET))

        def _parse_status(data: object) -> None | Unset | UpdateSimRequestStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = UpdateSimRequestStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSimRequestStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        update_sim_body = cls(
            issuer_org=issuer_org,
            reseller_org=reseller_org,
            customer_org=customer_org,
            status=status,
        )

        update_sim_body.additional_properties = d
        return update_sim_body

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
