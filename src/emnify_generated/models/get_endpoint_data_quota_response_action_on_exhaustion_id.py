from enum import Enum


class GetEndpointDataQuotaResponseActionOnExhaustionId(str, Enum):
    """Values of `GetEndpointDataQuotaResponseActionOnExhaustionId` known when the client was generated."""

    VALUE_0 = "1"

    def __str__(self) -> str:
        return str(self.value)
