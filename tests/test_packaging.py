"""The package's metadata: what a package index shows and what pip installs.

The built wheel and sdist themselves are checked by CI (scripts/smoke_dist.sh: built, checked
with twine, installed into a fresh virtualenv without extras and with [cli,sim]).
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import metadata
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
REPOSITORY = PROJECT["urls"]["Repository"]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_license_author_urls_and_classifiers() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License") and "emnify-async" in license_text
    assert PROJECT["authors"]
    assert {"Homepage", "Documentation", "Repository", "Issues", "Changelog"} <= set(
        PROJECT["urls"]
    )
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())
    classifiers = PROJECT["classifiers"]
    # PEP 639: a license expression replaces the license classifiers
    assert not [c for c in classifiers if c.startswith("License ::")]
    versions = {c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r".*:: 3\.\d+", c)}
    assert versions == {"3.10", "3.11", "3.12", "3.13"}
    assert PROJECT["requires-python"] == ">=3.10"


def test_classifiers_are_known_to_the_index() -> None:
    trove = pytest.importorskip("trove_classifiers")
    unknown = set(PROJECT["classifiers"]) - set(trove.classifiers)
    assert not unknown


def test_dev_tools_are_dependency_groups_not_extras() -> None:
    extras = set(PROJECT["optional-dependencies"])
    assert {"cli", "sim", "otel"} <= extras
    assert not extras & {"test", "tests", "dev", "docs", "lint"}
    groups = PYPROJECT["dependency-groups"]
    assert {"test", "docs", "dev"} <= set(groups)
    assert {"include-group": "test"} in groups["dev"] and {"include-group": "docs"} in groups["dev"]
    # a group never names the project itself (pip would fetch it from the index)
    for requirements in groups.values():
        assert not [r for r in requirements if isinstance(r, str) and "emnify-async" in r]


def test_installed_metadata() -> None:
    meta = metadata("emnify-async")
    assert set(meta.get_all("Provides-Extra") or []) == set(PROJECT["optional-dependencies"])
    assert meta["Requires-Python"] == ">=3.10"
    assert PROJECT["scripts"] == {"emnify": "emnify._entry:main"}


def test_readme_reads_well_on_a_package_index() -> None:
    # every link is absolute (relative ones break on the index), in-page anchors too
    links = re.findall(r"\]\(([^)]*)\)", README)
    assert links
    assert [link for link in links if not link.startswith("https://")] == []
    for link in links:
        if "github.com" in link:
            assert link.startswith(f"{REPOSITORY}/blob/main/")
            path = link.removeprefix(f"{REPOSITORY}/blob/main/").partition("#")[0]
            assert (ROOT / path).exists(), link
    # pip install first: the first code block installs with pip
    first_block = re.search(r"```(\w+)\n(.*?)```", README, flags=re.S)
    assert first_block is not None and first_block.group(2).startswith("pip install emnify-async")
    assert PROJECT["urls"]["Documentation"] in README


def test_changelog_names_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{PROJECT['version']}]" in changelog
    import emnify

    assert emnify.__version__ == PROJECT["version"]


def test_every_docs_page_is_on_the_site() -> None:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(nav: object) -> list[str]:
        if isinstance(nav, str):
            return [nav]
        if isinstance(nav, list):
            return [page for item in nav for page in pages(item)]
        if isinstance(nav, dict):
            return [page for value in nav.values() for page in pages(value)]
        return []

    listed = set(pages(config["nav"]))
    on_disk = {str(path.relative_to(ROOT / "docs")) for path in (ROOT / "docs").rglob("*.md")}
    assert on_disk == listed
    assert config["repo_url"] == REPOSITORY
    assert config["site_url"] == PROJECT["urls"]["Documentation"]
