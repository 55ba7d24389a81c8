"""sanctions-engine: check events against UN Security Council sanctions, with cited findings.

>>> from sanctions_engine import Engine
>>> report = Engine.load().check([{"id": "e1", "type": "other", "date": "2024-01-04"}])
>>> report.summary.findings
0
"""

__version__ = "0.1.0"

from .errors import EventInputError, MatchError, RuleError, SanctionsEngineError, StateError
from .events.model import Event
from .events.rejections import Rejection
from .pipeline import Engine
from .report.models import Finding, Report

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
