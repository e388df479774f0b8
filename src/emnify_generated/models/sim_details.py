from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_sim_response_customer_org import GetSimResponseCustomerOrg
    from ..models.get_sim_response_endpoint import GetSimResponseEndpoint
    from ..models.get_sim_response_issuer_org import GetSimResponseIssuerOrg
    from ..models.get_sim_response_model import GetSimResponseModel
    from ..models.get_sim_response_reseller_org import GetSimResponseResellerOrg
    from ..models.get_sim_response_status import GetSimResponseStatus


T = TypeVar("T", bound="SimDetails")


@_attrs_define
class SimDetails:
    """
    Attributes:
        id (int | Unset):
        iccid (str | Unset):
        eid (str | Unset):
        production_date (datetime.datetime | Unset):
        activation_date (datetime.datetime | Unset):
        status (GetSimResponseStatus | Unset):
        customer_org (GetSimResponseCustomerOrg | Unset):
        issuer_org (GetSimResponseIssuerOrg | Unset):
        reseller_org (GetSimResponseResellerOrg | Unset):
        endpoint (GetSimResponseEndpoint | Unset):
        imsi (str | Unset):
        msisdn (str | Unset):
        model (GetSimResponseModel | Unset):
    """

    id: int | Unset = UNSET
    iccid: str | Unset = UNSET
    eid: str | Unset = UNSET
    production_date: datetime.datetime | Unset = UNSET
    activation_date: datetime.datetime | Unset = UNSET
    status: GetSimResponseStatus | Unset = UNSET
    customer_org: GetSimResponseCustomerOrg | Unset = UNSET
    issuer_org: GetSimResponseIssuerOrg | Unset = UNSET
    reseller_org: GetSimResponseResellerOrg | Unset = UNSET
    endpoint: GetSimResponseEndpoint | Unset = UNSET
    imsi: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    model: GetSimResponseModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        iccid = self.iccid

        eid = self.eid

        production_date: str | Unset = UNSET
        if not isinstance(self.production_date, Unset):
            production_date = self.production_date.isoformat()

        activation_date: str | Unset = UNSET
        if not isinstance(self.activation_date, Unset):
            activation_date = self.activation_date.isoformat()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        customer_org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_org, Unset):
            customer_org = self.customer_org.to_dict()

        issuer_org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuer_org, Unset):
            issuer_org = self.issuer_org.to_dict()

        reseller_org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reseller_org, Unset):
            reseller_org = self.reseller_org.to_dict()

        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        imsi = self.imsi

        msisdn = self.msisdn

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if eid is not UNSET:
            field_dict["eid"] = eid
        if production_date is not UNSET:
            field_dict["production_date"] = production_date
        if activation_date is not UNSET:
            field_dict["activation_date"] = activation_date
        if status is not UNSET:
            field_dict["status"] = status
        if customer_org is not UNSET:
            field_dict["customer_org"] = customer_org
        if issuer_org is not UNSET:
            field_dict["issuer_org"] = issuer_org
        if reseller_org is not UNSET:
            field_dict["reseller_org"] = reseller_org
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_sim_response_customer_org import GetSimResponseCustomerOrg  # noqa: PLC0415
        from ..models.get_sim_response_endpoint import GetSimResponseEndpoint  # noqa: PLC0415
        from ..models.get_sim_response_issuer_org import GetSimResponseIssuerOrg  # noqa: PLC0415
        from ..models.get_sim_response_model import GetSimResponseModel  # noqa: PLC0415
        from ..models.get_sim_response_reseller_org import GetSimResponseResellerOrg  # noqa: PLC0415
        from ..models.get_sim_response_status import GetSimResponseStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        iccid = d.pop("iccid", UNSET)

        eid = d.pop("eid", UNSET)

        _production_date = d.pop("production_date", UNSET)
        production_date: datetime.datetime | Unset
        if isinstance(_production_date, Unset):
            production_date = UNSET
        else:
            production_date = isoparse(_production_date)

        _activation_date = d.pop("activation_date", UNSET)
        activation_date: datetime.datetime | Unset
        if isinstance(_activation_date, Unset):
            activation_date = UNSET
        else:
            activation_date = isoparse(_activation_date)

        _status = d.pop("status", UNSET)
        status: GetSimResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetSimResponseStatus.from_dict(_status)

        _customer_org = d.pop("customer_org", UNSET)
        customer_org: GetSimResponseCustomerOrg | Unset
        if isinstance(_customer_org, Unset):
            customer_org = UNSET
        else:
            customer_org = GetSimResponseCustomerOrg.from_dict(_customer_org)

        _issuer_org = d.pop("issuer_org", UNSET)
        issuer_org: GetSimResponseIssuerOrg | Unset
        if isinstance(_issuer_org, Unset):
            issuer_org = UNSET
        else:
            issuer_org = GetSimResponseIssuerOrg.from_dict(_issuer_org)

        _reseller_org = d.pop("reseller_org", UNSET)
        reseller_org: GetSimResponseResellerOrg | Unset
        if isinstance(_reseller_org, Unset):
            reseller_org = UNSET
        else:
            reseller_org = GetSimResponseResellerOrg.from_dict(_reseller_org)

        _endpoint = d.pop("endpoint", UNSET)
        endpoint: GetSimResponseEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = GetSimResponseEndpoint.from_dict(_endpoint)

        imsi = d.pop("imsi", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        _model = d.pop("model", UNSET)
        model: GetSimResponseModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = GetSimResponseModel.from_dict(_model)

        sim_details = cls(
            id=id,
            iccid=iccid,
            eid=eid,
            production_date=production_date,
            activation_date=activation_date,
            status=status,
            customer_org=customer_org,
            issuer_org=issuer_org,
            reseller_org=reseller_org,
            endpoint=endpoint,
            imsi=imsi,
            msisdn=msisdn,
            model=model,
        )

        sim_details.additional_properties = d
        return sim_details

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
