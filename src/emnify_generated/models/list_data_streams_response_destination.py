from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_data_streams_response_destination_credentials_0 import (
        ListDataStreamsResponseDestinationCredentials0,
    )
    from ..models.list_data_streams_response_destination_credentials_1 import (
        ListDataStreamsResponseDestinationCredentials1,
    )
    from ..models.list_data_streams_response_destination_credentials_2 import (
        ListDataStreamsResponseDestinationCredentials2,
    )
    from ..models.list_data_streams_response_destination_credentials_3 import (
        ListDataStreamsResponseDestinationCredentials3,
    )
    from ..models.list_data_streams_response_destination_credentials_4 import (
        ListDataStreamsResponseDestinationCredentials4,
    )
    from ..models.list_data_streams_response_destination_credentials_5 import (
        ListDataStreamsResponseDestinationCredentials5,
    )
    from ..models.list_data_streams_response_destination_credentials_6 import (
        ListDataStreamsResponseDestinationCredentials6,
    )


T = TypeVar("T", bound="ListDataStreamsResponseDestination")


@_attrs_define
class ListDataStreamsResponseDestination:
    """
    Attributes:
        connection_type (None | str | Unset):
        format_ (None | str | Unset):
        credentials (ListDataStreamsResponseDestinationCredentials0 | ListDataStreamsResponseDestinationCredentials1 |
            ListDataStreamsResponseDestinationCredentials2 | ListDataStreamsResponseDestinationCredentials3 |
            ListDataStreamsResponseDestinationCredentials4 | ListDataStreamsResponseDestinationCredentials5 |
            ListDataStreamsResponseDestinationCredentials6 | None | Unset):
    """

    connection_type: None | str | Unset = UNSET
    format_: None | str | Unset = UNSET
    credentials: (
        ListDataStreamsResponseDestinationCredentials0
        | ListDataStreamsResponseDestinationCredentials1
        | ListDataStreamsResponseDestinationCredentials2
        | ListDataStreamsResponseDestinationCredentials3
        | ListDataStreamsResponseDestinationCredentials4
        | ListDataStreamsResponseDestinationCredentials5
        | ListDataStreamsResponseDestinationCredentials6
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_data_streams_response_destination_credentials_0 import (
            ListDataStreamsResponseDestinationCredentials0,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_1 import (
            ListDataStreamsResponseDestinationCredentials1,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_2 import (
            ListDataStreamsResponseDestinationCredentials2,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_3 import (
            ListDataStreamsResponseDestinationCredentials3,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_4 import (
            ListDataStreamsResponseDestinationCredentials4,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_5 import (
            ListDataStreamsResponseDestinationCredentials5,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_6 import (
            ListDataStreamsResponseDestinationCredentials6,  # noqa: PLC0415
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
        elif isinstance(self.credentials, ListDataStreamsResponseDestinationCredentials0):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, ListDataStreamsResponseDestinationCredentials1):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, ListDataStreamsResponseDestinationCredentials2):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, ListDataStreamsResponseDestinationCredentials3):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, ListDataStreamsResponseDestinationCredentials4):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, ListDataStreamsResponseDestinationCredentials5):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, ListDataStreamsResponseDestinationCredentials6):
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
        from ..models.list_data_streams_response_destination_credentials_0 import (
            ListDataStreamsResponseDestinationCredentials0,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_1 import (
            ListDataStreamsResponseDestinationCredentials1,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_2 import (
            ListDataStreamsResponseDestinationCredentials2,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_3 import (
            ListDataStreamsResponseDestinationCredentials3,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_4 import (
            ListDataStreamsResponseDestinationCredentials4,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_5 import (
            ListDataStreamsResponseDestinationCredentials5,  # noqa: PLC0415
        )
        from ..models.list_data_streams_response_destination_credentials_6 import (
            ListDataStreamsResponseDestinationCredentials6,  # noqa: PLC0415
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
            ListDataStreamsResponseDestinationCredentials0
            | ListDataStreamsResponseDestinationCredentials1
            | ListDataStreamsResponseDestinationCredentials2
            | ListDataStreamsResponseDestinationCredentials3
            | ListDataStreamsResponseDestinationCredentials4
            | ListDataStreamsResponseDestinationCredentials5
            | ListDataStreamsResponseDestinationCredentials6
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_data_streams_response_destination_credentials_type_0 = (
                    ListDataStreamsResponseDestinationCredentials0.from_dict(data)
                )

                return componentsschemas_list_data_streams_response_destination_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_data_streams_response_destination_credentials_type_1 = (
                    ListDataStreamsResponseDestinationCredentials1.from_dict(data)
                )

                return componentsschemas_list_data_streams_response_destination_credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_data_streams_response_destination_credentials_type_2 = (
                    ListDataStreamsResponseDestinationCredentials2.from_dict(data)
                )

                return componentsschemas_list_data_streams_response_destination_credentials_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_data_streams_response_destination_credentials_type_3 = (
                    ListDataStreamsResponseDestinationCredentials3.from_dict(data)
                )

                return componentsschemas_list_data_streams_response_destination_credentials_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_data_streams_response_destination_credentials_type_4 = (
                    ListDataStreamsResponseDestinationCredentials4.from_dict(data)
                )

                return componentsschemas_list_data_streams_response_destination_credentials_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_data_streams_response_destination_credentials_type_5 = (
                    ListDataStreamsResponseDestinationCredentials5.from_dict(data)
                )

                return componentsschemas_list_data_streams_response_destination_credentials_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_data_streams_response_destination_credentials_type_6 = (
                    ListDataStreamsResponseDestinationCredentials6.from_dict(data)
                )

                return componentsschemas_list_data_streams_response_destination_credentials_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListDataStreamsResponseDestinationCredentials0
                | ListDataStreamsResponseDestinationCredentials1
                | ListDataStreamsResponseDestinationCredentials2
                | ListDataStreamsResponseDestinationCredentials3
                | ListDataStreamsResponseDestinationCredentials4
                | ListDataStreamsResponseDestinationCredentials5
                | ListDataStreamsResponseDestinationCredentials6
                | None
                | Unset,
                data,
            )

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        list_data_streams_response_destination = cls(
            connection_type=connection_type,
            format_=format_,
            credentials=credentials,
        )

        list_data_streams_response_destination.additional_properties = d
        return list_data_streams_response_destination

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
