"""The action plan (8.43): for each recommendation, who does what, by when, to what end.

Rows come from the action-plan tables in the IMRs and from ``text/action-plan.csv``; every IMR
recommendation without a row gets one with its gaps flagged, so nothing is lost.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from chronology import Imr
from pipeline.common import Problem
from pipeline.documents.writer import TEMPLATES
from pipeline.errors import InputError

MULTI_AGENCY = "Multi-agency"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    required: bool


@dataclass(frozen=True)
class Action:
    """One row of the plan; ``agency`` is whose plan it belongs to (or Multi-agency)."""

    agency: str
    values: dict[str, str]
    origin: str

    def missing(self, columns: tuple[Column, ...]) -> tuple[str, ...]:
        return tuple(
            c.title for c in columns if c.required and not self.values.get(c.key, "").strip()
        )


@dataclass(frozen=True)
class ActionPlan:
    columns: tuple[Column, ...]
    actions: tuple[Action, ...]

    def for_agency(self, agency: str) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.agency == agency)

    @property
    def agencies(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.agency for a in self.actions))

    def problems(self) -> tuple[Problem, ...]:
        return tuple(
            Problem(
                action.origin,
                "",
                f"the action plan row for '{_short(action)}' has no " + ", ".join(missing),
                "Ask the agency to complete it (8.43).",
                "warning",
            )
            for action in self.actions
            if (missing := action.missing(self.columns))
        )


def load_columns(folder: Path = TEMPLATES) -> tuple[Column, ...]:
    """Read the action plan's columns from ``templates/action-plan.yaml``."""
    data = yaml.safe_load((folder / "action-plan.yaml").read_text(encoding="utf-8"))
    return tuple(Column(c["key"], c["title"], bool(c.get("required"))) for c in data["columns"])


def gather_action_plan(imrs: tuple[Imr, ...], csv_path: Path | None) -> ActionPlan:
    """Collect every action: IMR tables first, then the author's CSV, then bare recommendations."""
    columns = load_columns()
    actions = [
        Action(imr.agency, _imr_row(imr, row), imr.path.name)
        for imr in imrs
        for row in imr.action_plan
    ]
    if csv_path is not None and csv_path.is_file():
        actions += _read_csv(csv_path, columns)
    for imr in imrs:
        for recommendation in imr.recommendations:
            if not any(
                _same_recommendation(a, imr.agency, recommendation.number, recommendation.text)
                for a in actions
            ):
                values = {
                    "recommendation": f"{recommendation.number} {recommendation.text}".strip(),
                    "lead": imr.agency,
                }
                actions.append(Action(imr.agency, values, imr.path.name))
    return ActionPlan(columns, tuple(actions))


def _imr_row(imr: Imr, row: dict[str, str]) -> dict[str, str]:
    """An IMR's own plan row: the agency leads it; a named lead is the owner's role; a bare
    recommendation number is completed with the recommendation's words."""
    values = {key: (value or "").strip() for key, value in row.items()}
    if values.get("lead") and not values.get("owner") and values["lead"] != imr.agency:
        values["owner"] = values["lead"]
    values["lead"] = imr.agency
    reference = values.get("recommendation", "")
    for recommendation in imr.recommendations:
        if reference and _refers_to(reference, recommendation.number):
            values["recommendation"] = f"{recommendation.number} {recommendation.text}".strip()
            break
    return values


def _refers_to(reference: str, number: str) -> bool:
    wanted = number.strip(". ")
    return (
        bool(wanted)
        and re.match(
            rf"^\s*(rec(ommendation)?\.?\s*)?{re.escape(wanted)}\b", reference, re.IGNORECASE
        )
        is not None
    )


def _same_recommendation(action: Action, agency: str, number: str, text: str) -> bool:
    if action.agency != agency:
        return False
    written = action.values.get("recommendation", "")
    if number and _refers_to(written, number):
        return True
    wanted, have = _words(text), _words(written)
    return bool(wanted) and len(have & wanted) / len(wanted) >= 0.6


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


def _read_csv(path: Path, columns: tuple[Column, ...]) -> list[Action]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; save it from Excel as 'CSV UTF-8'") from None
    reader = csv.DictReader(text.splitlines())
    titles = {c.title.lower(): c.key for c in columns} | {c.key: c.key for c in columns}
    titles |= {"agency": "agency", "lead agency": "lead"}
    unknown = [h for h in reader.fieldnames or () if h.strip().lower() not in titles]
    if unknown:
        raise InputError(
            f"{path}: unknown column(s) {', '.join(unknown)}; use "
            + ", ".join(c.title for c in columns)
            + " (and optionally Agency)"
        )
    actions = []
    for number, row in enumerate(reader, start=2):
        values = {titles[k.strip().lower()]: (v or "").strip() for k, v in row.items() if k}
        agency = values.pop("agency", "") or MULTI_AGENCY
        actions.append(Action(agency, values, f"{path.name}, line {number}"))
    return actions


def _short(action: Action) -> str:
    text = action.values.get("recommendation") or action.values.get("action") or "(blank)"
    return text if len(text) <= 60 else text[:57] + "..."


def multi_agency(plan: ActionPlan) -> ActionPlan:
    """The multi-agency plan: actions the author's CSV gives to several or no single agency."""
    return replace(plan, actions=tuple(a for a in plan.actions if a.agency == MULTI_AGENCY))
