from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_data_stream_request_destination_credentials_0 import (
        UpdateDataStreamRequestDestinationCredentials0,
    )
    from ..models.update_data_stream_request_destination_credentials_1 import (
        UpdateDataStreamRequestDestinationCredentials1,
    )
    from ..models.update_data_stream_request_destination_credentials_2 import (
        UpdateDataStreamRequestDestinationCredentials2,
    )
    from ..models.update_data_stream_request_destination_credentials_3 import (
        UpdateDataStreamRequestDestinationCredentials3,
    )
    from ..models.update_data_stream_request_destination_credentials_4 import (
        UpdateDataStreamRequestDestinationCredentials4,
    )
    from ..models.update_data_stream_request_destination_credentials_5 import (
        UpdateDataStreamRequestDestinationCredentials5,
    )
    from ..models.update_data_stream_request_destination_credentials_6 import (
        UpdateDataStreamRequestDestinationCredentials6,
    )


T = TypeVar("T", bound="UpdateDataStreamRequestDestination")


@_attrs_define
class UpdateDataStreamRequestDestination:
    """
    Attributes:
        connection_type (None | str | Unset):
        format_ (None | str | Unset):
        credentials (None | Unset | UpdateDataStreamRequestDestinationCredentials0 |
            UpdateDataStreamRequestDestinationCredentials1 | UpdateDataStreamRequestDestinationCredentials2 |
            UpdateDataStreamRequestDestinationCredentials3 | UpdateDataStreamRequestDestinationCredentials4 |
            UpdateDataStreamRequestDestinationCredentials5 | UpdateDataStreamRequestDestinationCredentials6):
    """

    connection_type: None | str | Unset = UNSET
    format_: None | str | Unset = UNSET
    credentials: (
        None
        | Unset
        | UpdateDataStreamRequestDestinationCredentials0
        | UpdateDataStreamRequestDestinationCredentials1
        | UpdateDataStreamRequestDestinationCredentials2
        | UpdateDataStreamRequestDestinationCredentials3
        | UpdateDataStreamRequestDestinationCredentials4
        | UpdateDataStreamRequestDestinationCredentials5
        | UpdateDataStreamRequestDestinationCredentials6
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_data_stream_request_destination_credentials_0 import (
            UpdateDataStreamRequestDestinationCredentials0,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_1 import (
            UpdateDataStreamRequestDestinationCredentials1,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_2 import (
            UpdateDataStreamRequestDestinationCredentials2,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_3 import (
            UpdateDataStreamRequestDestinationCredentials3,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_4 import (
            UpdateDataStreamRequestDestinationCredentials4,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_5 import (
            UpdateDataStreamRequestDestinationCredentials5,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_6 import (
            UpdateDataStreamRequestDestinationCredentials6,  # noqa: PLC0415
        )

        connection_type: None | str | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = self.connection_type

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, UpdateDataStreamRequestDestinationCredentials0):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, UpdateDataStreamRequestDestinationCredentials1):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, UpdateDataStreamRequestDestinationCredentials2):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, UpdateDataStreamRequestDestinationCredentials3):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, UpdateDataStreamRequestDestinationCredentials4):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, UpdateDataStreamRequestDestinationCredentials5):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, UpdateDataStreamRequestDestinationCredentials6):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if format_ is not UNSET:
            field_dict["format"] = format_
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_data_stream_request_destination_credentials_0 import (
            UpdateDataStreamRequestDestinationCredentials0,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_1 import (
            UpdateDataStreamRequestDestinationCredentials1,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_2 import (
            UpdateDataStreamRequestDestinationCredentials2,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_3 import (
            UpdateDataStreamRequestDestinationCredentials3,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_4 import (
            UpdateDataStreamRequestDestinationCredentials4,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_5 import (
            UpdateDataStreamRequestDestinationCredentials5,  # noqa: PLC0415
        )
        from ..models.update_data_stream_request_destination_credentials_6 import (
            UpdateDataStreamRequestDestinationCredentials6,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_connection_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_type = _parse_connection_type(d.pop("connection_type", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_credentials(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateDataStreamRequestDestinationCredentials0
            | UpdateDataStreamRequestDestinationCredentials1
            | UpdateDataStreamRequestDestinationCredentials2
            | UpdateDataStreamRequestDestinationCredentials3
            | UpdateDataStreamRequestDestinationCredentials4
            | UpdateDataStreamRequestDestinationCredentials5
            | UpdateDataStreamRequestDestinationCredentials6
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_update_data_stream_request_destination_credentials_type_0 = (
                    UpdateDataStreamRequestDestinationCredentials0.from_dict(data)
                )

                return componentsschemas_update_data_stream_request_destination_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_update_data_stream_request_destination_credentials_type_1 = (
                    UpdateDataStreamRequestDestinationCredentials1.from_dict(data)
                )

                return componentsschemas_update_data_stream_request_destination_credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_update_data_stream_request_destination_credentials_type_2 = (
                    UpdateDataStreamRequestDestinationCredentials2.from_dict(data)
                )

                return componentsschemas_update_data_stream_request_destination_credentials_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_update_data_stream_request_destination_credentials_type_3 = (
                    UpdateDataStreamRequestDestinationCredentials3.from_dict(data)
                )

                return componentsschemas_update_data_stream_request_destination_credentials_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_update_data_stream_request_destination_credentials_type_4 = (
                    UpdateDataStreamRequestDestinationCredentials4.from_dict(data)
                )

                return componentsschemas_update_data_stream_request_destination_credentials_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_update_data_stream_request_destination_credentials_type_5 = (
                    UpdateDataStreamRequestDestinationCredentials5.from_dict(data)
                )

                return componentsschemas_update_data_stream_request_destination_credentials_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_update_data_stream_request_destination_credentials_type_6 = (
                    UpdateDataStreamRequestDestinationCredentials6.from_dict(data)
                )

                return componentsschemas_update_data_stream_request_destination_credentials_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateDataStreamRequestDestinationCredentials0
                | UpdateDataStreamRequestDestinationCredentials1
                | UpdateDataStreamRequestDestinationCredentials2
                | UpdateDataStreamRequestDestinationCredentials3
                | UpdateDataStreamRequestDestinationCredentials4
                | UpdateDataStreamRequestDestinationCredentials5
                | UpdateDataStreamRequestDestinationCredentials6,
                data,
            )

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        update_data_stream_request_destination = cls(
            connection_type=connection_type,
            format_=format_,
            credentials=credentials,
        )

        update_data_stream_request_destination.additional_properties = d
        return update_data_stream_request_destination

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
