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
    from ..models.error_response import ErrorResponse
    from ..models.operation_action import OperationAction
    from ..models.operation_status import OperationStatus
    from ..models.user_response import UserResponse


T = TypeVar("T", bound="EuiccOperation")


@_attrs_define
class EuiccOperation:
    """
    Attributes:
        id (None | Unset | UUID):
        action (None | OperationAction | Unset):
        status (None | OperationStatus | Unset):
        creation_date (datetime.datetime | None | Unset):
        expiry_date (datetime.datetime | None | Unset):
        finalization_date (datetime.datetime | None | Unset):
        last_updated_at (datetime.datetime | None | Unset):
        user (None | Unset | UserResponse):
        error (ErrorResponse | None | Unset):
        iccid_with_luhn (None | str | Unset):
    """

    id: None | Unset | UUID = UNSET
    action: None | OperationAction | Unset = UNSET
    status: None | OperationStatus | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    finalization_date: datetime.datetime | None | Unset = UNSET
    last_updated_at: datetime.datetime | None | Unset = UNSET
    user: None | Unset | UserResponse = UNSET
    error: ErrorResponse | None | Unset = UNSET
    iccid_with_luhn: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.operation_action import OperationAction  # noqa: PLC0415
        from ..models.operation_status import OperationStatus  # noqa: PLC0415
        from ..models.user_response import UserResponse  # noqa: PLC0415

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

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        finalization_date: None | str | Unset
        if isinstance(self.finalization_date, Unset):
            finalization_date = UNSET
        elif isinstance(self.finalization_date, datetime.datetime):
            finalization_date = self.finalization_date.isoformat()
        else:
            finalization_date = self.finalization_date

        last_updated_at: None | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        elif isinstance(self.last_updated_at, datetime.datetime):
            last_updated_at = self.last_updated_at.isoformat()
        else:
            last_updated_at = self.last_updated_at

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserResponse):
            user = self.user.to_dict()
        else:
            user = self.user

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        iccid_with_luhn: None | str | Unset
        if isinstance(self.iccid_with_luhn, Unset):
            iccid_with_luhn = UNSET
        else:
            iccid_with_luhn = self.iccid_with_luhn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if finalization_date is not UNSET:
            field_dict["finalization_date"] = finalization_date
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if user is not UNSET:
            field_dict["user"] = user
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

        def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = isoparse(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

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

        def _parse_user(data: object) -> None | Unset | UserResponse:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserResponse.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserResponse, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_error(data: object) -> ErrorResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorResponse.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_iccid_with_luhn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid_with_luhn = _parse_iccid_with_luhn(d.pop("iccid_with_luhn", UNSET))

        euicc_operation = cls(
            id=id,
            action=action,
            status=status,
            creation_date=creation_date,
            expiry_date=expiry_date,
            finalization_date=finalization_date,
            last_updated_at=last_updated_at,
            user=user,
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
