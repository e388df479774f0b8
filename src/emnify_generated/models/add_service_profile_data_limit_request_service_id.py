from enum import Enum


class AddServiceProfileDataLimitRequestServiceId(str, Enum):
    """Values of `AddServiceProfileDataLimitRequestServiceId` known when the client was generated."""

    VALUE_0 = "38"

    def __str__(self) -> str:
        return str(self.value)
