from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_action import OperationAction
    from ..models.operation_status import OperationStatus
    from ..models.product_ref import ProductRef
    from ..models.sim_operation_response_error_items import SimOperationResponseErrorItems
    from ..models.sim_operation_response_target import SimOperationResponseTarget


T = TypeVar("T", bound="SimOperationResponse")


@_attrs_define
class SimOperationResponse:
    """
    Attributes:
        id (UUID | Unset):
        action (OperationAction | Unset):
        status (OperationStatus | Unset):
        product (ProductRef | Unset):
        creation_date (datetime.datetime | Unset):
        last_updated_at (datetime.datetime | Unset):
        finalization_date (datetime.datetime | None | Unset):
        target (list[SimOperationResponseTarget] | Unset):
        total_count (int | Unset):
        failed_count (int | Unset):
        success_count (int | Unset):
        error (list[SimOperationResponseErrorItems] | Unset):
        location (str | Unset):
    """

    id: UUID | Unset = UNSET
    action: OperationAction | Unset = UNSET
    status: OperationStatus | Unset = UNSET
    product: ProductRef | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    last_updated_at: datetime.datetime | Unset = UNSET
    finalization_date: datetime.datetime | None | Unset = UNSET
    target: list[SimOperationResponseTarget] | Unset = UNSET
    total_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    success_count: int | Unset = UNSET
    error: list[SimOperationResponseErrorItems] | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = self.last_updated_at.isoformat()

        finalization_date: None | str | Unset
        if isinstance(self.finalization_date, Unset):
            finalization_date = UNSET
        elif isinstance(self.finalization_date, datetime.datetime):
            finalization_date = self.finalization_date.isoformat()
        else:
            finalization_date = self.finalization_date

        target: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = []
            for target_item_data in self.target:
                target_item = target_item_data.to_dict()
                target.append(target_item)

        total_count = self.total_count

        failed_count = self.failed_count

        success_count = self.success_count

        error: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = []
            for error_item_data in self.error:
                error_item = error_item_data.to_dict()
                error.append(error_item)

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if product is not UNSET:
            field_dict["product"] = product
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if finalization_date is not UNSET:
            field_dict["finalization_date"] = finalization_date
        if target is not UNSET:
            field_dict["target"] = target
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if success_count is not UNSET:
            field_dict["success_count"] = success_count
        if error is not UNSET:
            field_dict["error"] = error
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_action import OperationAction  # noqa: PLC0415
        from ..models.operation_status import OperationStatus  # noqa: PLC0415
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.sim_operation_response_error_items import SimOperationResponseErrorItems  # noqa: PLC0415
        from ..models.sim_operation_response_target import SimOperationResponseTarget  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _action = d.pop("action", UNSET)
        action: OperationAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OperationAction.from_dict(_action)

        _status = d.pop("status", UNSET)
        status: OperationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OperationStatus.from_dict(_status)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        _creation_date = d.pop("creation_date", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = isoparse(_creation_date)

        _last_updated_at = d.pop("last_updated_at", UNSET)
        last_updated_at: datetime.datetime | Unset
        if isinstance(_last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = isoparse(_last_updated_at)

        def _parse_finalization_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalization_date_type_0 = isoparse(data)

                return finalization_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finalization_date = _parse_finalization_date(d.pop("finalization_date", UNSET))

        _target = d.pop("target", UNSET)
        target: list[SimOperationResponseTarget] | Unset = UNSET
        if _target is not UNSET:
            target = []
            for target_item_data in _target:
                target_item = SimOperationResponseTarget.from_dict(target_item_data)

                target.append(target_item)

        total_count = d.pop("total_count", UNSET)

        failed_count = d.pop("failed_count", UNSET)

        success_count = d.pop("success_count", UNSET)

        _error = d.pop("error", UNSET)
        error: list[SimOperationResponseErrorItems] | Unset = UNSET
        if _error is not UNSET:
            error = []
            for error_item_data in _error:
                error_item = SimOperationResponseErrorItems.from_dict(error_item_data)

                error.append(error_item)

        location = d.pop("location", UNSET)

        sim_operation_response = cls(
            id=id,
            action=action,
            status=status,
            product=product,
            creation_date=creation_date,
            last_updated_at=last_updated_at,
            finalization_date=finalization_date,
            target=target,
            total_count=total_count,
            failed_count=failed_count,
            success_count=success_count,
            error=error,
            location=location,
        )

        sim_operation_response.additional_properties = d
        return sim_operation_response

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
