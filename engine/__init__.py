"""sanctions-engine: check events against UN Security Council sanctions, with cited findings.

>>> from sanctions_engine import Engine
>>> report = Engine.load().check([{"id": "e1", "type": "other", "date": "2024-01-04"}])
>>> report.summary.findings
0
"""

__version__ = "0.1.0"

from .errors import (
    DecisionsError,
    EventInputError,
    MatchError,
    RuleError,
    SanctionsEngineError,
    StateError,
)
from .events.model import Event
from .events.rejections import Rejection
from .findings.state import TotalsState
from .lists.model import ListError
from .pipeline import Engine
from .report.decisions import Decision, apply_decisions, load_decisions
from .report.models import Finding, Report
from .screening.screener import ScreeningConfig
from .screening.step import Designations

__all__ = [
    "Decision",
    "DecisionsError",
    "Designations",
    "Engine",
    "Event",
    "EventInputError",
    "Finding",
    "ListError",
    "MatchError",
    "Rejection",
    "Report",
    "RuleError",
    "SanctionsEngineError",
    "ScreeningConfig",
    "StateError",
    "TotalsState",
    "__version__",
    "apply_decisions",
    "load_decisions",
]
