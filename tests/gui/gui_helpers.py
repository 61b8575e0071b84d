"""Plain helpers for the GUI tests (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path


def sign_in(ctx, key: str):
    """Sign a demo account in through the real authentication service."""
    from desktop_app.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    account = next(a for a in DEMO_ACCOUNTS if a.key == key)
    return ctx.auth.authenticate(account.email, DEMO_PASSWORD)


def demo_photo(paths, name: str) -> Path:
    return Path(paths.photos) / name
