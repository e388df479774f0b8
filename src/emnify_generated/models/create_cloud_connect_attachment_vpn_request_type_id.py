from enum import Enum


class CreateCloudConnectAttachmentVpnRequestTypeId(str, Enum):
    """Values of `CreateCloudConnectAttachmentVpnRequestTypeId` known when the client was generated."""

    VALUE_0 = "2"
    VALUE_1 = "3"

    def __str__(self) -> str:
        return str(self.value)
