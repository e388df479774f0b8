from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_sims_response_items_customer_org import ListSimsResponseItemsCustomerOrg
    from ..models.list_sims_response_items_endpoint import ListSimsResponseItemsEndpoint
    from ..models.list_sims_response_items_issuer_org import ListSimsResponseItemsIssuerOrg
    from ..models.list_sims_response_items_model import ListSimsResponseItemsModel
    from ..models.list_sims_response_items_reseller_org import ListSimsResponseItemsResellerOrg
    from ..models.list_sims_response_items_status import ListSimsResponseItemsStatus


T = TypeVar("T", bound="Sim")


@_attrs_define
class Sim:
    """
    Attributes:
        id (int | None | Unset):
        iccid (None | str | Unset):
        eid (None | str | Unset):
        production_date (datetime.datetime | None | Unset):
        activation_date (datetime.datetime | None | Unset):
        status (ListSimsResponseItemsStatus | None | Unset):
        customer_org (ListSimsResponseItemsCustomerOrg | None | Unset):
        issuer_org (ListSimsResponseItemsIssuerOrg | None | Unset):
        reseller_org (ListSimsResponseItemsResellerOrg | None | Unset):
        endpoint (ListSimsResponseItemsEndpoint | None | Unset):
        imsi (None | str | Unset):
        msisdn (None | str | Unset):
        model (ListSimsResponseItemsModel | None | Unset):
    """

    id: int | None | Unset = UNSET
    iccid: None | str | Unset = UNSET
    eid: None | str | Unset = UNSET
    production_date: datetime.datetime | None | Unset = UNSET
    activation_date: datetime.datetime | None | Unset = UNSET
    status: ListSimsResponseItemsStatus | None | Unset = UNSET
    customer_org: ListSimsResponseItemsCustomerOrg | None | Unset = UNSET
    issuer_org: ListSimsResponseItemsIssuerOrg | None | Unset = UNSET
    reseller_org: ListSimsResponseItemsResellerOrg | None | Unset = UNSET
    endpoint: ListSimsResponseItemsEndpoint | None | Unset = UNSET
    imsi: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    model: ListSimsResponseItemsModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_sims_response_items_customer_org import ListSimsResponseItemsCustomerOrg  # noqa: PLC0415
        from ..models.list_sims_response_items_endpoint import ListSimsResponseItemsEndpoint  # noqa: PLC0415
        from ..models.list_sims_response_items_issuer_org import ListSimsResponseItemsIssuerOrg  # noqa: PLC0415
        from ..models.list_sims_response_items_model import ListSimsResponseItemsModel  # noqa: PLC0415
        from ..models.list_sims_response_items_reseller_org import ListSimsResponseItemsResellerOrg  # noqa: PLC0415
        from ..models.list_sims_response_items_status import ListSimsResponseItemsStatus  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        iccid: None | str | Unset
        if isinstance(self.iccid, Unset):
            iccid = UNSET
        else:
            iccid = self.iccid

        eid: None | str | Unset
        if isinstance(self.eid, Unset):
            eid = UNSET
        else:
            eid = self.eid

        production_date: None | str | Unset
        if isinstance(self.production_date, Unset):
            production_date = UNSET
        elif isinstance(self.production_date, datetime.datetime):
            production_date = self.production_date.isoformat()
        else:
            production_date = self.production_date

        activation_date: None | str | Unset
        if isinstance(self.activation_date, Unset):
            activation_date = UNSET
        elif isinstance(self.activation_date, datetime.datetime):
            activation_date = self.activation_date.isoformat()
        else:
            activation_date = self.activation_date

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListSimsResponseItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        customer_org: dict[str, Any] | None | Unset
        if isinstance(self.customer_org, Unset):
            customer_org = UNSET
        elif isinstance(self.customer_org, ListSimsResponseItemsCustomerOrg):
            customer_org = self.customer_org.to_dict()
        else:
            customer_org = self.customer_org

        issuer_org: dict[str, Any] | None | Unset
        if isinstance(self.issuer_org, Unset):
            issuer_org = UNSET
        elif isinstance(self.issuer_org, ListSimsResponseItemsIssuerOrg):
            issuer_org = self.issuer_org.to_dict()
        else:
            issuer_org = self.issuer_org

        reseller_org: dict[str, Any] | None | Unset
        if isinstance(self.reseller_org, Unset):
            reseller_org = UNSET
        elif isinstance(self.reseller_org, ListSimsResponseItemsResellerOrg):
            reseller_org = self.reseller_org.to_dict()
        else:
            reseller_org = self.reseller_org

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, ListSimsResponseItemsEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        imsi: None | str | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        else:
            imsi = self.imsi

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        model: dict[str, Any] | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ListSimsResponseItemsModel):
            model = self.model.to_dict()
        else:
            model = self.model

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
        from ..models.list_sims_response_items_customer_org import ListSimsResponseItemsCustomerOrg  # noqa: PLC0415
        from ..models.list_sims_response_items_endpoint import ListSimsResponseItemsEndpoint  # noqa: PLC0415
        from ..models.list_sims_response_items_issuer_org import ListSimsResponseItemsIssuerOrg  # noqa: PLC0415
        from ..models.list_sims_response_items_model import ListSimsResponseItemsModel  # noqa: PLC0415
        from ..models.list_sims_response_items_reseller_org import ListSimsResponseItemsResellerOrg  # noqa: PLC0415
        from ..models.list_sims_response_items_status import ListSimsResponseItemsStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid = _parse_iccid(d.pop("iccid", UNSET))

        def _parse_eid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eid = _parse_eid(d.pop("eid", UNSET))

        def _parse_production_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                production_date_type_0 = isoparse(data)

                return production_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        production_date = _parse_production_date(d.pop("production_date", UNSET))

        def _parse_activation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activation_date_type_0 = isoparse(data)

                return activation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activation_date = _parse_activation_date(d.pop("activation_date", UNSET))

        def _parse_status(data: object) -> ListSimsResponseItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListSimsResponseItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_customer_org(data: object) -> ListSimsResponseItemsCustomerOrg | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_org_type_0 = ListSimsResponseItemsCustomerOrg.from_dict(data)

                return customer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsCustomerOrg | None | Unset, data)

        customer_org = _parse_customer_org(d.pop("customer_org", UNSET))

        def _parse_issuer_org(data: object) -> ListSimsResponseItemsIssuerOrg | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuer_org_type_0 = ListSimsResponseItemsIssuerOrg.from_dict(data)

                return issuer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsIssuerOrg | None | Unset, data)

        issuer_org = _parse_issuer_org(d.pop("issuer_org", UNSET))

        def _parse_reseller_org(data: object) -> ListSimsResponseItemsResellerOrg | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reseller_org_type_0 = ListSimsResponseItemsResellerOrg.from_dict(data)

                return reseller_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsResellerOrg | None | Unset, data)

        reseller_org = _parse_reseller_org(d.pop("reseller_org", UNSET))

        def _parse_endpoint(data: object) -> ListSimsResponseItemsEndpoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = ListSimsResponseItemsEndpoint.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsEndpoint | None | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_imsi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_model(data: object) -> ListSimsResponseItemsModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0 = ListSimsResponseItemsModel.from_dict(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsModel | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        sim = cls(
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

        sim.additional_properties = d
        return sim

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
