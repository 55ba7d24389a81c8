"""sanctions-engine: check events against UN Security Council sanctions, with cited findings.

>>> from sanctions_engine import Engine
>>> report = Engine.load().check([{"id": "e1", "type": "other", "date": "2024-01-04"}])
>>> report.summary.findings
0
"""

__version__ = "0.1.0"

from .engine import Engine
from .errors import (
    EventInputError,
    MatchError,
    RuleError,
    SanctionsEngineError,
    StateError,
)
from .events import Event
from .report import Finding, Rejection, Report

__all__ = [
    "Engine",
    "Event",
    "EventInputError",
    "Finding",
    "MatchError",
    "Rejection",
    "Report",
    "RuleError",
    "SanctionsEngineError",
    "StateError",
    "__version__",
]
