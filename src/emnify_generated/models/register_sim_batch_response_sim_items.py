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
    from ..models.register_sim_batch_response_sim_items_customer_org import (
        RegisterSimBatchResponseSimItemsCustomerOrg,
    )
    from ..models.register_sim_batch_response_sim_items_endpoint import (
        RegisterSimBatchResponseSimItemsEndpoint,
    )
    from ..models.register_sim_batch_response_sim_items_issuer_org import (
        RegisterSimBatchResponseSimItemsIssuerOrg,
    )
    from ..models.register_sim_batch_response_sim_items_model import (
        RegisterSimBatchResponseSimItemsModel,
    )
    from ..models.register_sim_batch_response_sim_items_reseller_org import (
        RegisterSimBatchResponseSimItemsResellerOrg,
    )
    from ..models.register_sim_batch_response_sim_items_status import (
        RegisterSimBatchResponseSimItemsStatus,
    )


T = TypeVar("T", bound="RegisterSimBatchResponseSimItems")


@_attrs_define
class RegisterSimBatchResponseSimItems:
    """
    Attributes:
        id (int | None | Unset):
        iccid (None | str | Unset):
        eid (None | str | Unset):
        production_date (datetime.datetime | None | Unset):
        activation_date (datetime.datetime | None | Unset):
        status (None | RegisterSimBatchResponseSimItemsStatus | Unset):
        customer_org (None | RegisterSimBatchResponseSimItemsCustomerOrg | Unset):
        issuer_org (None | RegisterSimBatchResponseSimItemsIssuerOrg | Unset):
        reseller_org (None | RegisterSimBatchResponseSimItemsResellerOrg | Unset):
        endpoint (None | RegisterSimBatchResponseSimItemsEndpoint | Unset):
        imsi (None | str | Unset):
        msisdn (None | str | Unset):
        model (None | RegisterSimBatchResponseSimItemsModel | Unset):
    """

    id: int | None | Unset = UNSET
    iccid: None | str | Unset = UNSET
    eid: None | str | Unset = UNSET
    production_date: datetime.datetime | None | Unset = UNSET
    activation_date: datetime.datetime | None | Unset = UNSET
    status: None | RegisterSimBatchResponseSimItemsStatus | Unset = UNSET
    customer_org: None | RegisterSimBatchResponseSimItemsCustomerOrg | Unset = UNSET
    issuer_org: None | RegisterSimBatchResponseSimItemsIssuerOrg | Unset = UNSET
    reseller_org: None | RegisterSimBatchResponseSimItemsResellerOrg | Unset = UNSET
    endpoint: None | RegisterSimBatchResponseSimItemsEndpoint | Unset = UNSET
    imsi: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    model: None | RegisterSimBatchResponseSimItemsModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.register_sim_batch_response_sim_items_customer_org import (
            RegisterSimBatchResponseSimItemsCustomerOrg,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_endpoint import (
            RegisterSimBatchResponseSimItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_issuer_org import (
            RegisterSimBatchResponseSimItemsIssuerOrg,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_model import (
            RegisterSimBatchResponseSimItemsModel,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_reseller_org import (
            RegisterSimBatchResponseSimItemsResellerOrg,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_status import (
            RegisterSimBatchResponseSimItemsStatus,  # noqa: PLC0415
        )

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
        elif isinstance(self.status, RegisterSimBatchResponseSimItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        customer_org: dict[str, Any] | None | Unset
        if isinstance(self.customer_org, Unset):
            customer_org = UNSET
        elif isinstance(self.customer_org, RegisterSimBatchResponseSimItemsCustomerOrg):
            customer_org = self.customer_org.to_dict()
        else:
            customer_org = self.customer_org

        issuer_org: dict[str, Any] | None | Unset
        if isinstance(self.issuer_org, Unset):
            issuer_org = UNSET
        elif isinstance(self.issuer_org, RegisterSimBatchResponseSimItemsIssuerOrg):
            issuer_org = self.issuer_org.to_dict()
        else:
            issuer_org = self.issuer_org

        reseller_org: dict[str, Any] | None | Unset
        if isinstance(self.reseller_org, Unset):
            reseller_org = UNSET
        elif isinstance(self.reseller_org, RegisterSimBatchResponseSimItemsResellerOrg):
            reseller_org = self.reseller_org.to_dict()
        else:
            reseller_org = self.reseller_org

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, RegisterSimBatchResponseSimItemsEndpoint):
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
        elif isinstance(self.model, RegisterSimBatchResponseSimItemsModel):
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
        from ..models.register_sim_batch_response_sim_items_customer_org import (
            RegisterSimBatchResponseSimItemsCustomerOrg,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_endpoint import (
            RegisterSimBatchResponseSimItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_issuer_org import (
            RegisterSimBatchResponseSimItemsIssuerOrg,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_model import (
            RegisterSimBatchResponseSimItemsModel,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_reseller_org import (
            RegisterSimBatchResponseSimItemsResellerOrg,  # noqa: PLC0415
        )
        from ..models.register_sim_batch_response_sim_items_status import (
            RegisterSimBatchResponseSimItemsStatus,  # noqa: PLC0415
        )

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

        def _parse_status(data: object) -> None | RegisterSimBatchResponseSimItemsStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = RegisterSimBatchResponseSimItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSimBatchResponseSimItemsStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_customer_org(
            data: object,
        ) -> None | RegisterSimBatchResponseSimItemsCustomerOrg | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_org_type_0 = RegisterSimBatchResponseSimItemsCustomerOrg.from_dict(data)

                return customer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSimBatchResponseSimItemsCustomerOrg | Unset, data)

        customer_org = _parse_customer_org(d.pop("customer_org", UNSET))

        def _parse_issuer_org(
            data: object,
        ) -> None | RegisterSimBatchResponseSimItemsIssuerOrg | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuer_org_type_0 = RegisterSimBatchResponseSimItemsIssuerOrg.from_dict(data)

                return issuer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSimBatchResponseSimItemsIssuerOrg | Unset, data)

        issuer_org = _parse_issuer_org(d.pop("issuer_org", UNSET))

        def _parse_reseller_org(
            data: object,
        ) -> None | RegisterSimBatchResponseSimItemsResellerOrg | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reseller_org_type_0 = RegisterSimBatchResponseSimItemsResellerOrg.from_dict(data)

                return reseller_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSimBatchResponseSimItemsResellerOrg | Unset, data)

        reseller_org = _parse_reseller_org(d.pop("reseller_org", UNSET))

        def _parse_endpoint(
            data: object,
        ) -> None | RegisterSimBatchResponseSimItemsEndpoint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = RegisterSimBatchResponseSimItemsEndpoint.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSimBatchResponseSimItemsEndpoint | Unset, data)

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

        def _parse_model(data: object) -> None | RegisterSimBatchResponseSimItemsModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0 = RegisterSimBatchResponseSimItemsModel.from_dict(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSimBatchResponseSimItemsModel | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        register_sim_batch_response_sim_items = cls(
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

        register_sim_batch_response_sim_items.additional_properties = d
        return register_sim_batch_response_sim_items

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
