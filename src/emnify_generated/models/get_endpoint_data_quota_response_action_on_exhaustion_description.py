from enum import Enum


class GetEndpointDataQuotaResponseActionOnExhaustionDescription(str, Enum):
    """Values of `GetEndpointDataQuotaResponseActionOnExhaustionDescription` known when the client was generated."""

    BLOCK = "Block"

    def __str__(self) -> str:
        return str(self.value)
