from enum import Enum


class SetEndpointDataQuotaRequestActionOnExhaustionDescription(str, Enum):
    """Values of `SetEndpointDataQuotaRequestActionOnExhaustionDescription` known when the client was generated."""

    BLOCK = "Block"

    def __str__(self) -> str:
        return str(self.value)
