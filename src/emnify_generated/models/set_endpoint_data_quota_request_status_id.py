from enum import Enum


class SetEndpointDataQuotaRequestStatusId(str, Enum):
    """Values of `SetEndpointDataQuotaRequestStatusId` known when the client was generated."""

    VALUE_0 = "1"
    VALUE_1 = "2"
    VALUE_2 = "3"

    def __str__(self) -> str:
        return str(self.value)
