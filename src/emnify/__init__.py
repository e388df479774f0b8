"""emnify-async: the async-first client for the emnify IoT REST API.

```python
from emnify import EmnifyClient

async with EmnifyClient.from_env() as client:
    stats = await client.sim_stats(123456)
```

Names are imported on first use, so `import emnify` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from emnify.bulk import BulkResult
    from emnify.client import EmnifyClient
    from emnify.errors import (
        APIError,
        AuthenticationError,
        ConfigurationError,
        ConflictError,
        EmnifyError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        ResponseDecodeError,
        ResponseTooLargeError,
        ServerError,
        TransportError,
        ValidationError,
    )
    from emnify.limits import RateLimits

__version__ = "0.1.0"

_HOME: dict[str, str] = {
    "EmnifyClient": "emnify.client",
    "RateLimits": "emnify.limits",
    "BulkResult": "emnify.bulk",
    "EmnifyError": "emnify.errors",
    "APIError": "emnify.errors",
    "AuthenticationError": "emnify.errors",
    "PermissionDeniedError": "emnify.errors",
    "NotFoundError": "emnify.errors",
    "PaginationError": "emnify.errors",
    "ConflictError": "emnify.errors",
    "ValidationError": "emnify.errors",
    "RateLimitError": "emnify.errors",
    "ServerError": "emnify.errors",
    "ResponseDecodeError": "emnify.errors",
    "ResponseTooLargeError": "emnify.errors",
    "TransportError": "emnify.errors",
    "ConfigurationError": "emnify.errors",
}

__all__ = (
    "APIError",
    "AuthenticationError",
    "BulkResult",
    "ConfigurationError",
    "ConflictError",
    "EmnifyClient",
    "EmnifyError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimits",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerError",
    "TransportError",
    "ValidationError",
    "__version__",
)


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'emnify' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
