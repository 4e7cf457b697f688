"""``core.collection.paused``: the cycle collector off inside the block, as it was after it."""

import gc

import pytest

from core.collection import paused


def test_it_pauses_the_collector_and_resumes_it():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it as the outer one set it
    assert gc.isenabled()


def test_it_resumes_the_collector_after_an_error():
    with pytest.raises(RuntimeError), paused():
        raise RuntimeError("the page failed")
    assert gc.isenabled()


def test_it_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
