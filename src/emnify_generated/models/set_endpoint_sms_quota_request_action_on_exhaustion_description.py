from enum import Enum


class SetEndpointSmsQuotaRequestActionOnExhaustionDescription(str, Enum):
    """Values of `SetEndpointSmsQuotaRequestActionOnExhaustionDescription` known when the client was generated."""

    BLOCK = "Block"

    def __str__(self) -> str:
        return str(self.value)
