from enum import Enum


class SetEndpointDataQuotaRequestActionOnExhaustionId(str, Enum):
    """Values of `SetEndpointDataQuotaRequestActionOnExhaustionId` known when the client was generated."""

    VALUE_0 = "1"

    def __str__(self) -> str:
        return str(self.value)
