from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_int
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
        id (None | Unset | UUID):
        action (None | OperationAction | Unset):
        status (None | OperationStatus | Unset):
        product (None | ProductRef | Unset):
        creation_date (datetime.datetime | None | Unset):
        last_updated_at (datetime.datetime | None | Unset):
        finalization_date (datetime.datetime | None | Unset):
        target (list[SimOperationResponseTarget] | None | Unset):
        total_count (int | None | Unset):
        failed_count (int | None | Unset):
        success_count (int | None | Unset):
        error (list[SimOperationResponseErrorItems] | None | Unset):
        location (None | str | Unset):
    """

    id: None | Unset | UUID = UNSET
    action: None | OperationAction | Unset = UNSET
    status: None | OperationStatus | Unset = UNSET
    product: None | ProductRef | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    last_updated_at: datetime.datetime | None | Unset = UNSET
    finalization_date: datetime.datetime | None | Unset = UNSET
    target: list[SimOperationResponseTarget] | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    failed_count: int | None | Unset = UNSET
    success_count: int | None | Unset = UNSET
    error: list[SimOperationResponseErrorItems] | None | Unset = UNSET
    location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.operation_action import OperationAction  # noqa: PLC0415
        from ..models.operation_status import OperationStatus  # noqa: PLC0415
        from ..models.product_ref import ProductRef  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, OperationAction):
            action = self.action.to_dict()
        else:
            action = self.action

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OperationStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, ProductRef):
            product = self.product.to_dict()
        else:
            product = self.product

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        last_updated_at: None | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        elif isinstance(self.last_updated_at, datetime.datetime):
            last_updated_at = self.last_updated_at.isoformat()
        else:
            last_updated_at = self.last_updated_at

        finalization_date: None | str | Unset
        if isinstance(self.finalization_date, Unset):
            finalization_date = UNSET
        elif isinstance(self.finalization_date, datetime.datetime):
            finalization_date = self.finalization_date.isoformat()
        else:
            finalization_date = self.finalization_date

        target: list[dict[str, Any]] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, list):
            target = []
            for target_type_0_item_data in self.target:
                target_type_0_item = target_type_0_item_data.to_dict()
                target.append(target_type_0_item)

        else:
            target = self.target

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        failed_count: int | None | Unset
        if isinstance(self.failed_count, Unset):
            failed_count = UNSET
        else:
            failed_count = self.failed_count

        success_count: int | None | Unset
        if isinstance(self.success_count, Unset):
            success_count = UNSET
        else:
            success_count = self.success_count

        error: list[dict[str, Any]] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, list):
            error = []
            for error_type_0_item_data in self.error:
                error_type_0_item = error_type_0_item_data.to_dict()
                error.append(error_type_0_item)

        else:
            error = self.error

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
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

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_action(data: object) -> None | OperationAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = OperationAction.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperationAction | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_status(data: object) -> None | OperationStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = OperationStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperationStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_product(data: object) -> None | ProductRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = ProductRef.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductRef | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_date_type_0 = isoparse(data)

                return creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

        def _parse_last_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_at_type_0 = isoparse(data)

                return last_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

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

        def _parse_target(data: object) -> list[SimOperationResponseTarget] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_type_0 = []
                _target_type_0 = data
                for target_type_0_item_data in _target_type_0:
                    target_type_0_item = SimOperationResponseTarget.from_dict(
                        target_type_0_item_data
                    )

                    target_type_0.append(target_type_0_item)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SimOperationResponseTarget] | None | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_total_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        total_count = _parse_total_count(d.pop("total_count", UNSET))

        def _parse_failed_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        failed_count = _parse_failed_count(d.pop("failed_count", UNSET))

        def _parse_success_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        success_count = _parse_success_count(d.pop("success_count", UNSET))

        def _parse_error(data: object) -> list[SimOperationResponseErrorItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_type_0 = []
                _error_type_0 = data
                for error_type_0_item_data in _error_type_0:
                    error_type_0_item = SimOperationResponseErrorItems.from_dict(
                        error_type_0_item_data
                    )

                    error_type_0.append(error_type_0_item)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SimOperationResponseErrorItems] | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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
