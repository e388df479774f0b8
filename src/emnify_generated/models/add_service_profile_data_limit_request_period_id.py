from enum import Enum


class AddServiceProfileDataLimitRequestPeriodId(str, Enum):
    """Values of `AddServiceProfileDataLimitRequestPeriodId` known when the client was generated."""

    VALUE_0 = "2"

    def __str__(self) -> str:
        return str(self.value)
