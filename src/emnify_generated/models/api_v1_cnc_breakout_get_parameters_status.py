from enum import Enum


class ApiV1CncBreakoutGetParametersStatus(str, Enum):
    """Values of `ApiV1CncBreakoutGetParametersStatus` known when the client was generated."""

    VALUE_0 = "1"
    VALUE_1 = "2"
    VALUE_2 = "3"
    VALUE_3 = "4"
    VALUE_4 = "5"
    VALUE_5 = "6"
    VALUE_6 = "7"
    VALUE_7 = "8"

    def __str__(self) -> str:
        return str(self.value)
