from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_cloud_connect_attachments_response_items_status import (
        ListCloudConnectAttachmentsResponseItemsStatus,
    )
    from ..models.list_cloud_connect_attachments_response_items_type import (
        ListCloudConnectAttachmentsResponseItemsType,
    )


T = TypeVar("T", bound="ListCloudConnectAttachmentsResponseItems")


@_attrs_define
class ListCloudConnectAttachmentsResponseItems:
    """
    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        user_id (int | None | Unset):
        creation_date (None | str | Unset):
        accept_attachment_expiry_date (None | str | Unset):
        termination_date (None | str | Unset):
        aws_transit_gateway_attachment_id (None | str | Unset):
        aws_vpn_connection_id (None | str | Unset):
        status (ListCloudConnectAttachmentsResponseItemsStatus | None | Unset):
        type_ (ListCloudConnectAttachmentsResponseItemsType | None | Unset):
        region (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    creation_date: None | str | Unset = UNSET
    accept_attachment_expiry_date: None | str | Unset = UNSET
    termination_date: None | str | Unset = UNSET
    aws_transit_gateway_attachment_id: None | str | Unset = UNSET
    aws_vpn_connection_id: None | str | Unset = UNSET
    status: ListCloudConnectAttachmentsResponseItemsStatus | None | Unset = UNSET
    type_: ListCloudConnectAttachmentsResponseItemsType | None | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_cloud_connect_attachments_response_items_status import (
            ListCloudConnectAttachmentsResponseItemsStatus,  # noqa: PLC0415
        )
        from ..models.list_cloud_connect_attachments_response_items_type import (
            ListCloudConnectAttachmentsResponseItemsType,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = self.creation_date

        accept_attachment_expiry_date: None | str | Unset
        if isinstance(self.accept_attachment_expiry_date, Unset):
            accept_attachment_expiry_date = UNSET
        else:
            accept_attachment_expiry_date = self.accept_attachment_expiry_date

        termination_date: None | str | Unset
        if isinstance(self.termination_date, Unset):
            termination_date = UNSET
        else:
            termination_date = self.termination_date

        aws_transit_gateway_attachment_id: None | str | Unset
        if isinstance(self.aws_transit_gateway_attachment_id, Unset):
            aws_transit_gateway_attachment_id = UNSET
        else:
            aws_transit_gateway_attachment_id = self.aws_transit_gateway_attachment_id

        aws_vpn_connection_id: None | str | Unset
        if isinstance(self.aws_vpn_connection_id, Unset):
            aws_vpn_connection_id = UNSET
        else:
            aws_vpn_connection_id = self.aws_vpn_connection_id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListCloudConnectAttachmentsResponseItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ListCloudConnectAttachmentsResponseItemsType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if accept_attachment_expiry_date is not UNSET:
            field_dict["accept_attachment_expiry_date"] = accept_attachment_expiry_date
        if termination_date is not UNSET:
            field_dict["termination_date"] = termination_date
        if aws_transit_gateway_attachment_id is not UNSET:
            field_dict["aws_transit_gateway_attachment_id"] = aws_transit_gateway_attachment_id
        if aws_vpn_connection_id is not UNSET:
            field_dict["aws_vpn_connection_id"] = aws_vpn_connection_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_cloud_connect_attachments_response_items_status import (
            ListCloudConnectAttachmentsResponseItemsStatus,  # noqa: PLC0415
        )
        from ..models.list_cloud_connect_attachments_response_items_type import (
            ListCloudConnectAttachmentsResponseItemsType,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_creation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

        def _parse_accept_attachment_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_attachment_expiry_date = _parse_accept_attachment_expiry_date(
            d.pop("accept_attachment_expiry_date", UNSET)
        )

        def _parse_termination_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        termination_date = _parse_termination_date(d.pop("termination_date", UNSET))

        def _parse_aws_transit_gateway_attachment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_transit_gateway_attachment_id = _parse_aws_transit_gateway_attachment_id(
            d.pop("aws_transit_gateway_attachment_id", UNSET)
        )

        def _parse_aws_vpn_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_vpn_connection_id = _parse_aws_vpn_connection_id(d.pop("aws_vpn_connection_id", UNSET))

        def _parse_status(
            data: object,
        ) -> ListCloudConnectAttachmentsResponseItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListCloudConnectAttachmentsResponseItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListCloudConnectAttachmentsResponseItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(
            data: object,
        ) -> ListCloudConnectAttachmentsResponseItemsType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = ListCloudConnectAttachmentsResponseItemsType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListCloudConnectAttachmentsResponseItemsType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        list_cloud_connect_attachments_response_items = cls(
            id=id,
            name=name,
            description=description,
            user_id=user_id,
            creation_date=creation_date,
            accept_attachment_expiry_date=accept_attachment_expiry_date,
            termination_date=termination_date,
            aws_transit_gateway_attachment_id=aws_transit_gateway_attachment_id,
            aws_vpn_connection_id=aws_vpn_connection_id,
            status=status,
            type_=type_,
            region=region,
        )

        list_cloud_connect_attachments_response_items.additional_properties = d
        return list_cloud_connect_attachments_response_items

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
