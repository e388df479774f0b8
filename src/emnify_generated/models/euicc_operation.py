from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.operation_action import OperationAction
    from ..models.operation_status import OperationStatus
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="EuiccOperation")


@_attrs_define
class EuiccOperation:
    """
    Attributes:
        id (UUID):
        action (OperationAction):
        status (OperationStatus):
        creation_date (datetime.datetime):
        last_updated_at (datetime.datetime):
        user (UserResponse):
        expiry_date (datetime.datetime | Unset):
        finalization_date (datetime.datetime | Unset):
        error (ErrorResponse | Unset):
        iccid_with_luhn (str | Unset):
    """

    id: UUID
    action: OperationAction
    status: OperationStatus
    creation_date: datetime.datetime
    last_updated_at: datetime.datetime
    user: UserResponse
    expiry_date: datetime.datetime | Unset = UNSET
    finalization_date: datetime.datetime | Unset = UNSET
    error: ErrorResponse | Unset = UNSET
    iccid_with_luhn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        action = self.action.to_dict()

        status = self.status.to_dict()

        creation_date = self.creation_date.isoformat()

        last_updated_at = self.last_updated_at.isoformat()

        user = self.user.to_dict()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        finalization_date: str | Unset = UNSET
        if not isinstance(self.finalization_date, Unset):
            finalization_date = self.finalization_date.isoformat()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        iccid_with_luhn = self.iccid_with_luhn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "status": status,
                "creation_date": creation_date,
                "last_updated_at": last_updated_at,
                "user": user,
            }
        )
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if finalization_date is not UNSET:
            field_dict["finalization_date"] = finalization_date
        if error is not UNSET:
            field_dict["error"] = error
        if iccid_with_luhn is not UNSET:
            field_dict["iccid_with_luhn"] = iccid_with_luhn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.operation_action import OperationAction  # noqa: PLC0415
        from ..models.operation_status import OperationStatus  # noqa: PLC0415
        from ..models.user_response import UserResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        action = OperationAction.from_dict(d.pop("action"))

        status = OperationStatus.from_dict(d.pop("status"))

        creation_date = isoparse(d.pop("creation_date"))

        last_updated_at = isoparse(d.pop("last_updated_at"))

        user = UserResponse.from_dict(d.pop("user"))

        _expiry_date = d.pop("expiry_date", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = isoparse(_expiry_date)

        _finalization_date = d.pop("finalization_date", UNSET)
        finalization_date: datetime.datetime | Unset
        if isinstance(_finalization_date, Unset):
            finalization_date = UNSET
        else:
            finalization_date = isoparse(_finalization_date)

        _error = d.pop("error", UNSET)
        error: ErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorResponse.from_dict(_error)

        iccid_with_luhn = d.pop("iccid_with_luhn", UNSET)

        euicc_operation = cls(
            id=id,
            action=action,
            status=status,
            creation_date=creation_date,
            last_updated_at=last_updated_at,
            user=user,
            expiry_date=expiry_date,
            finalization_date=finalization_date,
            error=error,
            iccid_with_luhn=iccid_with_luhn,
        )

        euicc_operation.additional_properties = d
        return euicc_operation

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
