"""``python -m emnify.testing``: serve the simulator in this process (see ``--help``)."""

from __future__ import annotations

from .server import main

if __name__ == "__main__":
    raise SystemExit(main())
