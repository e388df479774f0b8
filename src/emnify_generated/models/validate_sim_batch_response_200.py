from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_sim_batch_response_model import ValidateSimBatchResponseModel
    from ..models.validate_sim_batch_response_status import ValidateSimBatchResponseStatus


T = TypeVar("T", bound="ValidateSimBatchResponse200")


@_attrs_define
class ValidateSimBatchResponse200:
    """
    Attributes:
        sim_batch_status_id (None | str | Unset):
        bsn (None | str | Unset):
        bic (None | str | Unset):
        quantity (None | str | Unset):
        sim_model_id (None | str | Unset):
        issuer_org_id (None | str | Unset):
        customer_org_id (int | None | Unset):
        reseller_org_id (int | None | Unset):
        activated (None | str | Unset):
        logistic_center_id (None | str | Unset):
        article_id (None | str | Unset):
        id (int | None | Unset):
        status (None | Unset | ValidateSimBatchResponseStatus):
        model (None | Unset | ValidateSimBatchResponseModel):
    """

    sim_batch_status_id: None | str | Unset = UNSET
    bsn: None | str | Unset = UNSET
    bic: None | str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    sim_model_id: None | str | Unset = UNSET
    issuer_org_id: None | str | Unset = UNSET
    customer_org_id: int | None | Unset = UNSET
    reseller_org_id: int | None | Unset = UNSET
    activated: None | str | Unset = UNSET
    logistic_center_id: None | str | Unset = UNSET
    article_id: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    status: None | Unset | ValidateSimBatchResponseStatus = UNSET
    model: None | Unset | ValidateSimBatchResponseModel = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validate_sim_batch_response_model import ValidateSimBatchResponseModel  # noqa: PLC0415
        from ..models.validate_sim_batch_response_status import ValidateSimBatchResponseStatus  # noqa: PLC0415

        sim_batch_status_id: None | str | Unset
        if isinstance(self.sim_batch_status_id, Unset):
            sim_batch_status_id = UNSET
        else:
            sim_batch_status_id = self.sim_batch_status_id

        bsn: None | str | Unset
        if isinstance(self.bsn, Unset):
            bsn = UNSET
        else:
            bsn = self.bsn

        bic: None | str | Unset
        if isinstance(self.bic, Unset):
            bic = UNSET
        else:
            bic = self.bic

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        sim_model_id: None | str | Unset
        if isinstance(self.sim_model_id, Unset):
            sim_model_id = UNSET
        else:
            sim_model_id = self.sim_model_id

        issuer_org_id: None | str | Unset
        if isinstance(self.issuer_org_id, Unset):
            issuer_org_id = UNSET
        else:
            issuer_org_id = self.issuer_org_id

        customer_org_id: int | None | Unset
        if isinstance(self.customer_org_id, Unset):
            customer_org_id = UNSET
        else:
            customer_org_id = self.customer_org_id

        reseller_org_id: int | None | Unset
        if isinstance(self.reseller_org_id, Unset):
            reseller_org_id = UNSET
        else:
            reseller_org_id = self.reseller_org_id

        activated: None | str | Unset
        if isinstance(self.activated, Unset):
            activated = UNSET
        else:
            activated = self.activated

        logistic_center_id: None | str | Unset
        if isinstance(self.logistic_center_id, Unset):
            logistic_center_id = UNSET
        else:
            logistic_center_id = self.logistic_center_id

        article_id: None | str | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ValidateSimBatchResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        model: dict[str, Any] | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ValidateSimBatchResponseModel):
            model = self.model.to_dict()
        else:
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sim_batch_status_id is not UNSET:
            field_dict["sim_batch_status_id"] = sim_batch_status_id
        if bsn is not UNSET:
            field_dict["bsn"] = bsn
        if bic is not UNSET:
            field_dict["bic"] = bic
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sim_model_id is not UNSET:
            field_dict["sim_model_id"] = sim_model_id
        if issuer_org_id is not UNSET:
            field_dict["issuer_org_id"] = issuer_org_id
        if customer_org_id is not UNSET:
            field_dict["customer_org_id"] = customer_org_id
        if reseller_org_id is not UNSET:
            field_dict["reseller_org_id"] = reseller_org_id
        if activated is not UNSET:
            field_dict["activated"] = activated
        if logistic_center_id is not UNSET:
            field_dict["logistic_center_id"] = logistic_center_id
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validate_sim_batch_response_model import ValidateSimBatchResponseModel  # noqa: PLC0415
        from ..models.validate_sim_batch_response_status import ValidateSimBatchResponseStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sim_batch_status_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sim_batch_status_id = _parse_sim_batch_status_id(d.pop("sim_batch_status_id", UNSET))

        def _parse_bsn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bsn = _parse_bsn(d.pop("bsn", UNSET))

        def _parse_bic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bic = _parse_bic(d.pop("bic", UNSET))

        def _parse_quantity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_sim_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sim_model_id = _parse_sim_model_id(d.pop("sim_model_id", UNSET))

        def _parse_issuer_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_org_id = _parse_issuer_org_id(d.pop("issuer_org_id", UNSET))

        def _parse_customer_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        customer_org_id = _parse_customer_org_id(d.pop("customer_org_id", UNSET))

        def _parse_reseller_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        reseller_org_id = _parse_reseller_org_id(d.pop("reseller_org_id", UNSET))

        def _parse_activated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activated = _parse_activated(d.pop("activated", UNSET))

        def _parse_logistic_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logistic_center_id = _parse_logistic_center_id(d.pop("logistic_center_id", UNSET))

        def _parse_article_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article_id = _parse_article_id(d.pop("article_id", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | Unset | ValidateSimBatchResponseStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ValidateSimBatchResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidateSimBatchResponseStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_model(data: object) -> None | Unset | ValidateSimBatchResponseModel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0 = ValidateSimBatchResponseModel.from_dict(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidateSimBatchResponseModel, data)

        model = _parse_model(d.pop("model", UNSET))

        validate_sim_batch_response_200 = cls(
            sim_batch_status_id=sim_batch_status_id,
            bsn=bsn,
            bic=bic,
            quantity=quantity,
            sim_model_id=sim_model_id,
            issuer_org_id=issuer_org_id,
            customer_org_id=customer_org_id,
            reseller_org_id=reseller_org_id,
            activated=activated,
            logistic_center_id=logistic_center_id,
            article_id=article_id,
            id=id,
            status=status,
            model=model,
        )

        validate_sim_batch_response_200.additional_properties = d
        return validate_sim_batch_response_200

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
