from enum import Enum


class SetEndpointSmsQuotaRequestActionOnExhaustionId(str, Enum):
    """Values of `SetEndpointSmsQuotaRequestActionOnExhaustionId` known when the client was generated."""

    VALUE_0 = "1"

    def __str__(self) -> str:
        return str(self.value)
