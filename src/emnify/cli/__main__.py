"""`python -m emnify.cli` runs the `emnify` command."""

from emnify.cli import main

main()
