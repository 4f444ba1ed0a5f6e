"""Use-case scoring (METHOD.md §3.2): the four lenses, the lowest-lens gate, the ranking.

Networkx-free, so the engine can rank answers cheaply: the total is the weighted mean of
the judged lenses (default 0.25 each, renormalised over the judged ones, so the total stays
on the 1-5 scale), and the lowest-lens gate flags a candidate "blocked on <lens>" when a
judged lens is ≤ ``gate`` (1.5, i.e. a score of 1). An unscored lens never blocks.
Ranking: unblocked before blocked, then fully scored before partly scored (their totals
rest on fewer lenses), then total, title, input order. The candidates themselves are drawn
from the map by ``assistant.hypergraph.proposals``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field

from assistant.models.usecase import LENSES, UseCase

IMPROVE_FLOW = "improve-flow"
CHANGE_STRUCTURE = "change-structure"


@dataclass(frozen=True)
class UseCaseWeights:
    """Default weighting of the four lenses (METHOD.md §3.2) and the lowest-lens gate."""

    desirability: float = 0.25
    datability: float = 0.25
    feasibility: float = 0.25
    viability: float = 0.25
    gate: float = 1.5
    """A lens scored at or below this blocks the candidate (IDEO: score on the lowest lens)."""
    demote_blocked: bool = True
    """Rank blocked candidates after every unblocked one."""

    def of(self, lens: str) -> float:
        return float(getattr(self, lens))


DEFAULT_USECASE_WEIGHTS = UseCaseWeights()


class UseCaseScore(BaseModel):
    """The weighted total (1-5) over the judged lenses, and what blocks the use case."""

    total: float
    lowest: str
    blocked_on: list[str] = Field(default_factory=list)
    unscored: list[str] = Field(default_factory=list)
    """Lenses not judged yet: left out of the total, never a block."""

    @property
    def blocked(self) -> bool:
        return bool(self.blocked_on)

    @property
    def flag(self) -> str:
        """``"blocked on datability"``, ``"datability not scored"`` (or ``""``) — the words
        shown next to the total."""
        parts = []
        if self.blocked_on:
            parts.append("blocked on " + " and ".join(self.blocked_on))
        if self.unscored:
            parts.append(" and ".join(self.unscored) + " not scored")
        return "; ".join(parts)


class RankedUseCase(BaseModel):
    """A use case with its rank and score."""

    rank: int
    usecase: UseCase
    score: UseCaseScore


def score_usecase(
    usecase: UseCase | Mapping[str, Any], weights: UseCaseWeights = DEFAULT_USECASE_WEIGHTS
) -> UseCaseScore:
    """Weighted mean of the judged lenses (weights normalised over them) plus the
    lowest-lens gate. An unscored lens is left out of the mean and never blocks; with no
    lens judged the total is 0."""
    uc = usecase if isinstance(usecase, UseCase) else UseCase.model_validate(dict(usecase))
    scores = uc.scores()
    judged = {lens: value for lens, value in scores.items() if value is not None}
    weight_sum = sum(weights.of(lens) for lens in judged) or 1.0
    total = sum(weights.of(lens) * value for lens, value in judged.items()) / weight_sum
    lowest = min(judged or LENSES, key=lambda lens: (judged.get(lens, 0), LENSES.index(lens)))
    blocked = [lens for lens, value in judged.items() if value <= weights.gate]
    unscored = [lens for lens in LENSES if lens not in judged]
    return UseCaseScore(
        total=round(total, 4) if judged else 0.0,
        lowest=lowest,
        blocked_on=blocked,
        unscored=unscored,
    )


def rank_usecases(
    usecases: Iterable[UseCase | Mapping[str, Any]],
    weights: UseCaseWeights = DEFAULT_USECASE_WEIGHTS,
) -> list[RankedUseCase]:
    """Rank by gate (unblocked first), then fully scored before partly scored (a total
    over fewer lenses is not comparable, so it waits for the workshop's scores), total
    (desc), title, then input order."""
    items = [uc if isinstance(uc, UseCase) else UseCase.model_validate(dict(uc)) for uc in usecases]
    scored = [(uc, score_usecase(uc, weights), index) for index, uc in enumerate(items)]
    scored.sort(
        key=lambda t: (
            t[1].blocked and weights.demote_blocked,
            bool(t[1].unscored),
            -t[1].total,
            t[0].title.casefold(),
            t[2],
        )
    )
    return [
        RankedUseCase(rank=rank, usecase=uc, score=score)
        for rank, (uc, score, _) in enumerate(scored, start=1)
    ]
