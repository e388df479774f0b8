from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_data_stream_request_destination_credentials_0 import (
        CreateDataStreamRequestDestinationCredentials0,
    )
    from ..models.create_data_stream_request_destination_credentials_1 import (
        CreateDataStreamRequestDestinationCredentials1,
    )
    from ..models.create_data_stream_request_destination_credentials_2 import (
        CreateDataStreamRequestDestinationCredentials2,
    )
    from ..models.create_data_stream_request_destination_credentials_3 import (
        CreateDataStreamRequestDestinationCredentials3,
    )
    from ..models.create_data_stream_request_destination_credentials_4 import (
        CreateDataStreamRequestDestinationCredentials4,
    )
    from ..models.create_data_stream_request_destination_credentials_5 import (
        CreateDataStreamRequestDestinationCredentials5,
    )
    from ..models.create_data_stream_request_destination_credentials_6 import (
        CreateDataStreamRequestDestinationCredentials6,
    )


T = TypeVar("T", bound="CreateDataStreamRequestDestination")


@_attrs_define
class CreateDataStreamRequestDestination:
    """
    Attributes:
        connection_type (str):
        format_ (str | Unset):
        credentials (CreateDataStreamRequestDestinationCredentials0 | CreateDataStreamRequestDestinationCredentials1 |
            CreateDataStreamRequestDestinationCredentials2 | CreateDataStreamRequestDestinationCredentials3 |
            CreateDataStreamRequestDestinationCredentials4 | CreateDataStreamRequestDestinationCredentials5 |
            CreateDataStreamRequestDestinationCredentials6 | Unset):
    """

    connection_type: str
    format_: str | Unset = UNSET
    credentials: (
        CreateDataStreamRequestDestinationCredentials0
        | CreateDataStreamRequestDestinationCredentials1
        | CreateDataStreamRequestDestinationCredentials2
        | CreateDataStreamRequestDestinationCredentials3
        | CreateDataStreamRequestDestinationCredentials4
        | CreateDataStreamRequestDestinationCredentials5
        | CreateDataStreamRequestDestinationCredentials6
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_data_stream_request_destination_credentials_0 import (
            CreateDataStreamRequestDestinationCredentials0,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_1 import (
            CreateDataStreamRequestDestinationCredentials1,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_2 import (
            CreateDataStreamRequestDestinationCredentials2,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_3 import (
            CreateDataStreamRequestDestinationCredentials3,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_4 import (
            CreateDataStreamRequestDestinationCredentials4,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_5 import (
            CreateDataStreamRequestDestinationCredentials5,  # noqa: PLC0415
        )

        connection_type = self.connection_type

        format_ = self.format_

        credentials: dict[str, Any] | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, CreateDataStreamRequestDestinationCredentials0):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, CreateDataStreamRequestDestinationCredentials1):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, CreateDataStreamRequestDestinationCredentials2):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, CreateDataStreamRequestDestinationCredentials3):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, CreateDataStreamRequestDestinationCredentials4):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, CreateDataStreamRequestDestinationCredentials5):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_type": connection_type,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_data_stream_request_destination_credentials_0 import (
            CreateDataStreamRequestDestinationCredentials0,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_1 import (
            CreateDataStreamRequestDestinationCredentials1,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_2 import (
            CreateDataStreamRequestDestinationCredentials2,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_3 import (
            CreateDataStreamRequestDestinationCredentials3,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_4 import (
            CreateDataStreamRequestDestinationCredentials4,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_5 import (
            CreateDataStreamRequestDestinationCredentials5,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_destination_credentials_6 import (
            CreateDataStreamRequestDestinationCredentials6,  # noqa: PLC0415
        )

        d = dict(src_dict)
        connection_type = d.pop("connection_type")

        format_ = d.pop("format", UNSET)

        def _parse_credentials(
            data: object,
        ) -> (
            CreateDataStreamRequestDestinationCredentials0
            | CreateDataStreamRequestDestinationCredentials1
            | CreateDataStreamRequestDestinationCredentials2
            | CreateDataStreamRequestDestinationCredentials3
            | CreateDataStreamRequestDestinationCredentials4
            | CreateDataStreamRequestDestinationCredentials5
            | CreateDataStreamRequestDestinationCredentials6
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_data_stream_request_destination_credentials_type_0 = (
                    CreateDataStreamRequestDestinationCredentials0.from_dict(data)
                )

                return componentsschemas_create_data_stream_request_destination_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_data_stream_request_destination_credentials_type_1 = (
                    CreateDataStreamRequestDestinationCredentials1.from_dict(data)
                )

                return componentsschemas_create_data_stream_request_destination_credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_data_stream_request_destination_credentials_type_2 = (
                    CreateDataStreamRequestDestinationCredentials2.from_dict(data)
                )

                return componentsschemas_create_data_stream_request_destination_credentials_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_data_stream_request_destination_credentials_type_3 = (
                    CreateDataStreamRequestDestinationCredentials3.from_dict(data)
                )

                return componentsschemas_create_data_stream_request_destination_credentials_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_data_stream_request_destination_credentials_type_4 = (
                    CreateDataStreamRequestDestinationCredentials4.from_dict(data)
                )

                return componentsschemas_create_data_stream_request_destination_credentials_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_data_stream_request_destination_credentials_type_5 = (
                    CreateDataStreamRequestDestinationCredentials5.from_dict(data)
                )

                return componentsschemas_create_data_stream_request_destination_credentials_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_data_stream_request_destination_credentials_type_6 = (
                CreateDataStreamRequestDestinationCredentials6.from_dict(data)
            )

            return componentsschemas_create_data_stream_request_destination_credentials_type_6

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        create_data_stream_request_destination = cls(
            connection_type=connection_type,
            format_=format_,
            credentials=credentials,
        )

        create_data_stream_request_destination.additional_properties = d
        return create_data_stream_request_destination

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
