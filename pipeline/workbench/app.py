"""The workbench's pages: dashboard, chronology, names to confirm, genogram and pack."""

from __future__ import annotations

import csv
import math
import secrets
from pathlib import Path

from flask import (
    Flask,
    abort,
    flash,
    redirect,
    render_template,
    request,
    send_from_directory,
    url_for,
)

from chronology import FLAG_NAMES
from pipeline.decisions import FlagOverride, save_override
from pipeline.errors import InputError
from pipeline.workbench import review_data
from pipeline.workbench.case_edit import RefusedEdit, apply_name_action, person_choices
from pipeline.workbench.rebuild import BuildJob
from pipeline.workbench.security import protect

FLAG_LABELS = {
    "child_seen": "Child seen",
    "seen_alone": "Seen alone",
    "wishes_sought": "Wishes sought",
    "wishes_expressed": "Wishes expressed",
}
OUT_FILES = (".svg", ".png", ".csv", ".docx", ".xlsx", ".zip", ".md", ".pdf", ".dot")


def create_app(folder: Path, token: str) -> Flask:
    """The workbench for the review in ``folder``, answering only requests with ``token``."""
    app = Flask(__name__)
    app.secret_key = secrets.token_bytes(32)
    app.config.update(
        FOLDER=Path(folder).resolve(),
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.jinja_env.globals.update(flag_labels=FLAG_LABELS, flag_names=FLAG_NAMES)
    protect(app, token)
    job = BuildJob()
    _pages(app, job)
    _actions(app, job)
    return app


def _folder(app: Flask) -> Path:
    return app.config["FOLDER"]


def _pages(app: Flask, job: BuildJob) -> None:
    @app.get("/")
    def dashboard():
        return render_template("dashboard.html", board=review_data.dashboard(_folder(app)))

    @app.get("/chronology")
    def chronology():
        entries = review_data.chronology_entries(_folder(app))
        chosen = _filters()
        kept = review_data.filtered(entries, chosen)
        pages = max(1, math.ceil(len(kept) / review_data.PAGE_SIZE))
        page = min(chosen.page, pages)
        shown = kept[(page - 1) * review_data.PAGE_SIZE : page * review_data.PAGE_SIZE]
        agencies = sorted({e.cells.get("agency", "") for e in entries} - {""})
        query = {k: v for k, v in request.args.items() if k != "page" and v}
        return render_template(
            "chronology.html",
            entries=shown,
            total=len(entries),
            matching=len(kept),
            page=page,
            pages=pages,
            chosen=chosen,
            agencies=agencies,
            query=query,
        )

    @app.get("/names")
    def names():
        folder = _folder(app)
        return render_template(
            "names.html",
            names=review_data.names_to_confirm(folder),
            people=person_choices(folder / "case.yaml"),
        )

    @app.get("/pack")
    def pack():
        return render_template("pack.html", job=job, **_pack_view(_folder(app)))

    @app.get("/build/status")
    def build_status():
        return {"state": job.state, "steps": job.steps, "error": job.error}

    @app.get("/out/<path:name>")
    def out_file(name: str):
        if not name.endswith(OUT_FILES):
            abort(404)
        return send_from_directory(_folder(app) / "out", name)  # refuses paths outside out/


def _filters() -> review_data.Filters:
    args = request.args
    try:
        page = max(1, int(args.get("page", "1")))
    except ValueError:
        page = 1
    return review_data.Filters(
        agency=args.get("agency", ""),
        flag=args.get("flag", ""),
        value=args.get("value", ""),
        start=args.get("start", ""),
        end=args.get("end", ""),
        text=args.get("text", "").strip(),
        page=page,
    )


def _pack_view(folder: Path) -> dict:
    pack = folder / "out" / "pack"
    rows: list[dict[str, str]] = []
    if (pack / "manifest.csv").is_file():
        with (pack / "manifest.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    report = pack / "verification-report.md"
    clean = report.is_file() and "no known identifier was found" in report.read_text("utf-8")
    zips = sorted(p.name for p in (folder / "out").glob("*-pack.zip"))
    return {
        "documents": rows,
        "clean": clean,
        "zip": zips[0] if zips else "",
        "composition": _composition(folder),
        "has_genogram": (folder / "out" / "genogram.svg").is_file(),
    }


def _composition(folder: Path) -> list[dict[str, str]]:
    from genogram.composition import composition_table
    from pipeline.case.loader import read_case
    from pipeline.family import family_of

    reading = read_case(folder / "case.yaml")
    if reading.case is None:
        return []
    try:
        return composition_table(family_of(reading.case))
    except Exception:  # noqa: BLE001 - the page still shows the rest; scr genogram explains
        return []


def _actions(app: Flask, job: BuildJob) -> None:
    @app.post("/chronology/override")
    def override():
        form = request.form
        decision = FlagOverride(
            form.get("entry", "").strip(),
            form.get("flag", ""),
            form.get("value", ""),
            form.get("reason", "").strip(),
        )
        if decision.flag not in FLAG_NAMES or decision.value not in ("yes", "no", ""):
            abort(400)
        if not decision.reason or not decision.entry:
            flash("Give a reason for the override: it is shown in every output.", "error")
        else:
            save_override(_folder(app), decision)
            flash(
                f"Saved: {FLAG_LABELS[decision.flag]} for {decision.entry} is now "
                f"'{decision.value or 'not known'}' (set by the author). Rebuild to use it.",
                "ok",
            )
        return redirect(form.get("back") if _local(form.get("back")) else url_for("chronology"))

    @app.post("/names/decide")
    def decide():
        form = request.form
        try:
            apply_name_action(
                _folder(app) / "case.yaml",
                form.get("name", "").strip(),
                form.get("action", ""),
                pseudonym=form.get("pseudonym", ""),
                person=form.get("person", ""),
            )
        except RefusedEdit as refused:
            flash(f"Not changed: {refused}", "error")
        else:
            flash(
                f"case.yaml updated for '{form.get('name')}' (a backup is in case.yaml.bak). "
                "Rebuild to use it.",
                "ok",
            )
        return redirect(url_for("names"))

    @app.post("/build")
    def build():
        if not job.start(_folder(app)):
            flash("A build is already running.", "error")
        return redirect(url_for("pack"))

    @app.errorhandler(InputError)
    def _bad_input(error):
        return render_template("error.html", message=str(error)), 400


def _local(target: str | None) -> bool:
    return bool(target) and target.startswith("/") and not target.startswith("//")
