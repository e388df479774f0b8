from enum import Enum


class SetEndpointSmsQuotaRequestStatusDescription(str, Enum):
    """Values of `SetEndpointSmsQuotaRequestStatusDescription` known when the client was generated."""

    ACTIVE = "ACTIVE"
    EXHAUSTED = "EXHAUSTED"
    EXPIRED = "EXPIRED"

    def __str__(self) -> str:
        return str(self.value)
