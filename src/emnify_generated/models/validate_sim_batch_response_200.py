from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_sim_batch_response_model import ValidateSimBatchResponseModel
    from ..models.validate_sim_batch_response_status import ValidateSimBatchResponseStatus


T = TypeVar("T", bound="ValidateSimBatchResponse200")


@_attrs_define
class ValidateSimBatchResponse200:
    """
    Attributes:
        sim_batch_status_id (str | Unset):
        bsn (str | Unset):
        bic (str | Unset):
        quantity (str | Unset):
        sim_model_id (str | Unset):
        issuer_org_id (str | Unset):
        customer_org_id (int | Unset):
        reseller_org_id (int | Unset):
        activated (str | Unset):
        logistic_center_id (str | Unset):
        article_id (str | Unset):
        id (int | Unset):
        status (ValidateSimBatchResponseStatus | Unset):
        model (ValidateSimBatchResponseModel | Unset):
    """

    sim_batch_status_id: str | Unset = UNSET
    bsn: str | Unset = UNSET
    bic: str | Unset = UNSET
    quantity: str | Unset = UNSET
    sim_model_id: str | Unset = UNSET
    issuer_org_id: str | Unset = UNSET
    customer_org_id: int | Unset = UNSET
    reseller_org_id: int | Unset = UNSET
    activated: str | Unset = UNSET
    logistic_center_id: str | Unset = UNSET
    article_id: str | Unset = UNSET
    id: int | Unset = UNSET
    status: ValidateSimBatchResponseStatus | Unset = UNSET
    model: ValidateSimBatchResponseModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sim_batch_status_id = self.sim_batch_status_id

        bsn = self.bsn

        bic = self.bic

        quantity = self.quantity

        sim_model_id = self.sim_model_id

        issuer_org_id = self.issuer_org_id

        customer_org_id = self.customer_org_id

        reseller_org_id = self.reseller_org_id

        activated = self.activated

        logistic_center_id = self.logistic_center_id

        article_id = self.article_id

        id = self.id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

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
        sim_batch_status_id = d.pop("sim_batch_status_id", UNSET)

        bsn = d.pop("bsn", UNSET)

        bic = d.pop("bic", UNSET)

        quantity = d.pop("quantity", UNSET)

        sim_model_id = d.pop("sim_model_id", UNSET)

        issuer_org_id = d.pop("issuer_org_id", UNSET)

        customer_org_id = d.pop("customer_org_id", UNSET)

        reseller_org_id = d.pop("reseller_org_id", UNSET)

        activated = d.pop("activated", UNSET)

        logistic_center_id = d.pop("logistic_center_id", UNSET)

        article_id = d.pop("article_id", UNSET)

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ValidateSimBatchResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ValidateSimBatchResponseStatus.from_dict(_status)

        _model = d.pop("model", UNSET)
        model: ValidateSimBatchResponseModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ValidateSimBatchResponseModel.from_dict(_model)

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
