from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        issuer_org (UpdateSimRequestIssuerOrg):
        reseller_org (UpdateSimRequestResellerOrg):
        customer_org (UpdateSimRequestCustomerOrg):
        status (UpdateSimRequestStatus):
    """

    issuer_org: UpdateSimRequestIssuerOrg
    reseller_org: UpdateSimRequestResellerOrg
    customer_org: UpdateSimRequestCustomerOrg
    status: UpdateSimRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer_org = self.issuer_org.to_dict()

        reseller_org = self.reseller_org.to_dict()

        customer_org = self.customer_org.to_dict()

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer_org": issuer_org,
                "reseller_org": reseller_org,
                "customer_org": customer_org,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_sim_request_customer_org import UpdateSimRequestCustomerOrg  # noqa: PLC0415
        from ..models.update_sim_request_issuer_org import UpdateSimRequestIssuerOrg  # noqa: PLC0415
        from ..models.update_sim_request_reseller_org import UpdateSimRequestResellerOrg  # noqa: PLC0415
        from ..models.update_sim_request_status import UpdateSimRequestStatus  # noqa: PLC0415

        d = dict(src_dict)
        issuer_org = UpdateSimRequestIssuerOrg.from_dict(d.pop("issuer_org"))

        reseller_org = UpdateSimRequestResellerOrg.from_dict(d.pop("reseller_org"))

        customer_org = UpdateSimRequestCustomerOrg.from_dict(d.pop("customer_org"))

        status = UpdateSimRequestStatus.from_dict(d.pop("status"))

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
