"""newsnorm: the HTTP service around the normalisation core.

``create_app`` is imported lazily, so that ``import service.normalise`` (the pure core)
does not import Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module 'service' has no attribute {name!r}")
