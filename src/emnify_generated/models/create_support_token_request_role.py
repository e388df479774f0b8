from enum import Enum


class CreateSupportTokenRequestRole(str, Enum):
    """Values of `CreateSupportTokenRequestRole` known when the client was generated."""

    VALUE_0 = "1"
    VALUE_1 = "3"

    def __str__(self) -> str:
        return str(self.value)
