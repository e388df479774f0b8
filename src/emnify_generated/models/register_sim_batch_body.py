from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.register_sim_batch_request_sim_status import RegisterSimBatchRequestSimStatus


T = TypeVar("T", bound="RegisterSimBatchBody")


@_attrs_define
class RegisterSimBatchBody:
    """
    Attributes:
        sim_status (None | RegisterSimBatchRequestSimStatus | Unset):
    """

    sim_status: None | RegisterSimBatchRequestSimStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.register_sim_batch_request_sim_status import RegisterSimBatchRequestSimStatus  # noqa: PLC0415

        sim_status: dict[str, Any] | None | Unset
        if isinstance(self.sim_status, Unset):
            sim_status = UNSET
        elif isinstance(self.sim_status, RegisterSimBatchRequestSimStatus):
            sim_status = self.sim_status.to_dict()
        else:
            sim_status = self.sim_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sim_status is not UNSET:
            field_dict["sim_status"] = sim_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.register_sim_batch_request_sim_status import RegisterSimBatchRequestSimStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sim_status(data: object) -> None | RegisterSimBatchRequestSimStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_status_type_0 = RegisterSimBatchRequestSimStatus.from_dict(data)

                return sim_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSimBatchRequestSimStatus | Unset, data)

        sim_status = _parse_sim_status(d.pop("sim_status", UNSET))

        register_sim_batch_body = cls(
            sim_status=sim_status,
        )

        register_sim_batch_body.additional_properties = d
        return register_sim_batch_body

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
