"""Fixtures of the exchange tests (the export and report actors live in ``exchange.testing``)."""

from exchange.testing import (  # noqa: F401
    bach_dang,
    follow_up,
    ndn_viewer,
    nguyen_dai_nang,
    plan_bd,
    plan_ndn,
)
