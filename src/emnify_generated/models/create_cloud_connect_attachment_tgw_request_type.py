from enum import Enum


class CreateCloudConnectAttachmentTgwRequestType(str, Enum):
    """Values of `CreateCloudConnectAttachmentTgwRequestType` known when the client was generated."""

    VALUE_0 = "1"

    def __str__(self) -> str:
        return str(self.value)
