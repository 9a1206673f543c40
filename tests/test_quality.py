"""The package is ruff clean and mypy clean (strict), as CI requires."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "officialdom", "tests", "benchmarks"],
        [sys.executable, "-m", "ruff", "format", "--check", "officialdom"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_static_checks(command: list[str]) -> None:
    if shutil.which("ruff") is None and command[2] == "ruff":  # pragma: no cover
        pytest.skip("ruff is not installed")
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
