from enum import Enum


class GetEndpointDataQuotaResponseStatusDescription(str, Enum):
    """Values of `GetEndpointDataQuotaResponseStatusDescription` known when the client was generated."""

    ACTIVE = "ACTIVE"
    EXHAUSTED = "EXHAUSTED"
    EXPIRED = "EXPIRED"

    def __str__(self) -> str:
        return str(self.value)
