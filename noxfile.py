"""The test suite on every Python that `requires-python` admits (CPython 3.10-3.13).

    make test-pythons        (nox -s tests: all four; nox -s "tests-3.10" for one)

The full suite runs on the oldest and the newest; the two in between (3.11 is also what
`make test` uses) run everything but the integration tests against the simulator, which test
the same code on the same event loops.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
FULL = {PYTHONS[0], PYTHONS[-1]}


#: the test dependency group (PEP 735), read here so that any pip in the session can install it
TEST_GROUP = nox.project.dependency_groups(nox.project.load_toml("pyproject.toml"), "test")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install("--quiet", "-e", ".[cli,sim,otel]", *TEST_GROUP)
    selection = [] if session.python in FULL else ["-m", "not soak and not integration"]
    session.run(
        "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *selection, *session.posargs
    )
