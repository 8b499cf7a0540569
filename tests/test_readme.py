"""README's set-up commands stay true: CI runs the README's test command word for word."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_two_setup_commands() -> None:
    app, tests = _commands()
    assert app.endswith("pip install . && studyapp")
    assert tests.endswith("python3 -m pytest -q")


def test_ci_runs_the_readme_test_command() -> None:
    _app, tests = _commands()
    ci = (ROOT / ".ci/run").read_text().splitlines()
    assert tests in ci


def test_debian_package_list_exists_and_is_one_name_a_line() -> None:
    names = (ROOT / "packaging/debian-packages.txt").read_text().split("\n")
    names = [n for n in names if n]
    assert "libegl1" in names and all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", n) for n in names)
