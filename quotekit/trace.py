"""Why a quote was found or not: the events the rules report while ``quotekit explain`` runs.

Rules call ``note(...)`` at each decision: a cue considered, a guard that rejects a cue or a
candidate, a strategy tried and what it gave, a candidate dropped when contents are joined.
Outside ``tracing()`` (every normal run) ``note`` only reads a context variable and returns,
so the rules pay nothing for being explainable.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal, NamedTuple

EventKind = Literal["cue", "guard", "strategy", "dropped", "quotation"]


class Event(NamedTuple):
    """One decision: what kind, at which character offsets, by which rule part, with what."""

    kind: EventKind
    start: int  # character offsets of the word or content concerned
    end: int
    name: str  # the guard's, strategy's or reason's name
    detail: str = ""  # outcome: "found <rule>", "no", "stop"; a cue's kind; ...


class Trace:
    """The events of one document, in the order the rules reported them."""

    def __init__(self) -> None:
        self.events: list[Event] = []


_CURRENT: ContextVar[Trace | None] = ContextVar("quotekit_trace", default=None)


def note(kind: EventKind, start: int, end: int, name: str, detail: str = "") -> None:
    """Report a decision to the trace being recorded, if any."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.events.append(Event(kind, start, end, name, detail))


def active() -> bool:
    """Whether a trace is being recorded (to skip work done only to describe a decision)."""
    return _CURRENT.get() is not None


@contextmanager
def tracing() -> Iterator[Trace]:
    """Record the rules' decisions made inside the block."""
    trace = Trace()
    token = _CURRENT.set(trace)
    try:
        yield trace
    finally:
        _CURRENT.reset(token)
