"""``python -m emnify``: the ``emnify`` command (bulk statistics, the simulator, the demo)."""

from emnify._entry import main

if __name__ == "__main__":
    main()
