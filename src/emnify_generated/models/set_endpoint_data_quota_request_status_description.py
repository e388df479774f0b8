from enum import Enum


class SetEndpointDataQuotaRequestStatusDescription(str, Enum):
    """Values of `SetEndpointDataQuotaRequestStatusDescription` known when the client was generated."""

    ACTIVE = "ACTIVE"
    EXHAUSTED = "EXHAUSTED"
    EXPIRED = "EXPIRED"

    def __str__(self) -> str:
        return str(self.value)
