"""Builders of hostile and broken inputs for the robustness tests; every name here is invented.

Word files are built as raw zips (no python-docx) so a test can make exactly the damage it
means: a bomb, entities, remote relationships, ``../`` names, duplicate entries, huge tables.
``run_scr`` runs the real command in a child process with a timeout and reports its peak memory;
``loaded_modules`` says which modules a fresh Python loads for an import.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import os
import signal
import subprocess
import sys
import threading
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
SCR = [sys.executable, "-m", "pipeline.cli"]
INSTALLED_SCR = Path(sys.executable).with_name("scr")  # the console script a user types

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
SECRET = "TOPSECRET-LOCAL-FILE-CONTENT"  # what an external entity would pull in if followed

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
PACKAGE_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL_NS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
HEADER = ("Date", "Source of information", "Details of contact")


# --- Word XML ---------------------------------------------------------------------------------


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows: Iterable[Iterable[str]]) -> str:
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl>{body}</w:tbl>"


def document(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'
    )


def imr_body(
    rows: Iterable[Iterable[str]] = (("03/03/2024", "PC 1", "Home visit"),),
    agency: str = "Testshire Police",
    paragraphs: Iterable[str] = (),
) -> str:
    return (
        paragraph(f"Individual Management Review: {agency}")
        + "".join(paragraph(p) for p in paragraphs)
        + table((HEADER, *rows))
    )


# --- zips -------------------------------------------------------------------------------------


def raw_zip(entries: Iterable[tuple[str, bytes | str]], compress: bool = True) -> bytes:
    """A zip of ``entries`` in order; duplicate names are written as given."""
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names: that is the point
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(
    body: str | None = None,
    extra: dict[str, bytes | str] | None = None,
    main: str = DOCX_MAIN,
    document_xml: str | None = None,
) -> bytes:
    """A minimal readable .docx; ``extra`` adds or replaces parts."""
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES.format(main=main),
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": document_xml or document(body if body is not None else imr_body()),
    }
    parts.update(extra or {})
    return raw_zip(parts.items())


def imr_docx(rows=(("03/03/2024", "PC 1", "Home visit"),), agency="Testshire Police") -> bytes:
    return docx_bytes(imr_body(rows, agency))


def zip_bomb(uncompressed_mb: int) -> bytes:
    """A .docx whose document.xml unpacks to ``uncompressed_mb`` MB of whitespace."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=DOCX_MAIN))
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(document(imr_body()).encode()[: -len("</w:document>")])
            block = b" " * (1024 * 1024)
            for _ in range(uncompressed_mb):
                stream.write(block)
            stream.write(b"</w:document>")
    return buffer.getvalue()


def nested_zip_bomb(levels: int = 3, inner_mb: int = 50) -> bytes:
    """A zip of zips: each level holds the one below, the innermost a bomb."""
    data = zip_bomb(inner_mb)
    for level in range(levels):
        data = raw_zip([(f"level{level}.zip", data)])
    return data


BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lollollollollollollollollollol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10)
    )
    + "]>"
)


def entity_bomb_docx(part: str = "word/document.xml") -> bytes:
    """Billion laughs in ``part`` (the entity is used in a paragraph)."""
    xml = document(
        paragraph("Individual Management Review: Testshire Police")
        + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
        + table((HEADER, ("03/03/2024", "PC 1", "Home visit"))),
        BILLION_LAUGHS,
    )
    if part == "word/document.xml":
        return docx_bytes(document_xml=xml)
    return docx_bytes(extra={part: xml.replace("w:document", "w:hdr")})


def external_entity_docx(target: str, part: str = "word/document.xml") -> bytes:
    """An external entity (a file path or URL) used in a paragraph of ``part``."""
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{target}">]>'
    xml = document(
        paragraph("Individual Management Review: Testshire Police")
        + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
        + table((HEADER, ("03/03/2024", "PC 1", "Home visit"))),
        prolog,
    )
    if part == "word/document.xml":
        return docx_bytes(document_xml=xml)
    return docx_bytes(extra={part: xml.replace("w:document", "w:hdr")})


def external_relationships_docx(base_url: str) -> bytes:
    """A remote template (settings), a linked picture and an external link: never to be fetched."""
    settings_rels = (
        f'<?xml version="1.0"?><Relationships xmlns="{REL_NS}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/attachedTemplate" '
        f'Target="{base_url}/template.dotm" TargetMode="External"/>'
        "</Relationships>"
    )
    document_rels = (
        f'<?xml version="1.0"?><Relationships xmlns="{REL_NS}">'
        '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/image" '
        f'Target="{base_url}/picture.png" TargetMode="External"/>'
        '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/hyperlink" '
        f'Target="{base_url}/page" TargetMode="External"/>'
        "</Relationships>"
    )
    settings = (
        f'<?xml version="1.0"?><w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:attachedTemplate r:id="rId1"/></w:settings>'
    )
    link = (
        '<w:p><w:hyperlink r:id="rId6"><w:r><w:t>the page</w:t></w:r></w:hyperlink>'
        '<w:r><w:fldSimple w:instr="INCLUDEPICTURE &quot;'
        + base_url
        + '/field.png&quot; \\d"/></w:r></w:p>'
    )
    return docx_bytes(
        imr_body() + link,
        extra={
            "word/_rels/document.xml.rels": document_rels,
            "word/settings.xml": settings,
            "word/_rels/settings.xml.rels": settings_rels,
        },
    )


def traversal_docx(name: str = "../../evil.xml") -> bytes:
    return docx_bytes(extra={name: "<x/>"})


def duplicate_entries_docx() -> bytes:
    good = document(imr_body())
    return raw_zip(
        [
            ("[Content_Types].xml", CONTENT_TYPES.format(main=DOCX_MAIN)),
            ("word/document.xml", good),
            ("word/document.xml", document(paragraph("a second, different body"))),
        ]
    )


def big_imr_docx(pages: int = 500, rows: int = 200) -> bytes:
    """About ``pages`` pages of prose (40 paragraphs a page) and a chronology of ``rows`` rows."""
    prose = [
        f"Paragraph {i} of the analysis: the practitioner recorded the visit in the notes."
        for i in range(pages * 40)
    ]
    return docx_bytes(imr_body(chronology_rows(rows), paragraphs=prose))


def chronology_rows(count: int) -> list[tuple[str, str, str]]:
    """``count`` rows in date order, one a day from 1 January 2020."""
    from datetime import date, timedelta

    start = date(2020, 1, 1)
    return [
        (
            (start + timedelta(days=i)).strftime("%d/%m/%Y"),
            f"PC {i % 7 + 1}",
            f"Entry {i}: home visit, child seen",
        )
        for i in range(count)
    ]


def nested_tables_docx(depth: int) -> bytes:
    """A chronology table inside ``depth`` tables, each in the single cell of the one above."""
    inner = table((HEADER, ("03/03/2024", "PC 1", "Home visit")))
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    return docx_bytes(paragraph("Individual Management Review: Testshire Police") + inner)


def encrypted_docx() -> bytes:
    """What Word writes for a password-protected .docx: an OLE file holding EncryptedPackage."""
    return OLE_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512


def old_doc() -> bytes:
    return OLE_MAGIC + b"\x00" * 1024


def docm() -> bytes:
    return docx_bytes(main=DOCM_MAIN)


def corrupt_zip() -> bytes:
    data = imr_docx()
    return data[: len(data) // 2]


BAD_WORD_FILES = {  # name -> (file name, bytes)
    "empty": ("empty.docx", b""),
    "doc": ("old.doc", old_doc()),
    "encrypted": ("locked.docx", encrypted_docx()),
    "docm": ("macros.docm", docm()),
    "not-word": ("notes.docx", b"%PDF-1.4\n%invented\n"),
    "corrupt-zip": ("broken.docx", corrupt_zip()),
}


# --- case.yaml --------------------------------------------------------------------------------

# Lines: review 1-8, panel 9-11, people 12-14, relationships 15-16, households 17-18, extra 19-.
CASE_SECTIONS = {
    "review": """review:
  reference: TEST-SCR-01
  board: Testshire Local Safeguarding Children Board
  subject: child
  referred: 2026-01-05
  decided: 2026-01-28
  period: {from: 2024-03-01, to: 2025-12-14}
  incident: 2025-12-14
""",
    "panel": """panel:
  chair: {name: Dr Ann Chair, role: Independent Chair}
  overview_author: {name: Bob Author, role: Overview author}
""",
    "people": """people:
  - {id: child, name: Kit Testing, sex: male, born: 2023-05-01}
  - {id: mum, name: Lee Testing, sex: female, born: 2000-01-01}
""",
    "relationships": """relationships:
  - {kind: parent, parent: mum, child: child}
""",
    "households": """households:
  - {id: home, members: [child, mum]}
""",
}
AGENCIES = "agencies:\n  - {name: Testshire Police, short: Police}\n"


def case_text(extra: str = "", **parts: str) -> str:
    """Return a valid case.yaml text with some sections replaced and ``extra`` appended."""
    return "".join(parts.get(key, text) for key, text in CASE_SECTIONS.items()) + extra


CASE = case_text(AGENCIES)


def review_folder(
    root: Path, imrs: dict[str, bytes] | None = None, case: str | bytes = CASE
) -> Path:
    """A review folder with ``case.yaml`` and the given IMRs (name -> bytes)."""
    root.mkdir(parents=True, exist_ok=True)
    data = case.encode() if isinstance(case, str) else case
    (root / "case.yaml").write_bytes(data)
    (root / "imrs").mkdir(exist_ok=True)
    for name, content in (imrs if imrs is not None else {"police.docx": imr_docx()}).items():
        (root / "imrs" / name).write_bytes(content)
    return root


# --- running and watching ---------------------------------------------------------------------


def checksums(root: Path) -> dict[str, str]:
    """SHA-256 of every file under ``root`` (links by their target text), by relative path."""
    sums = {}
    for path in sorted(Path(root).rglob("*")):
        key = str(path.relative_to(root))
        if path.is_symlink():
            sums[key] = "link:" + os.readlink(path)
        elif path.is_file():
            sums[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return sums


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    max_rss_mb: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


_MEASURE = (
    "import os, resource, subprocess, sys\n"
    "limit = int(os.environ['SCR_TEST_MEMORY_MB']) << 20\n"
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
    "result = subprocess.run(sys.argv[1:])\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "sys.stderr.write(f'\\n@@maxrss={peak}\\n')\n"
    "sys.exit(result.returncode)\n"
)


def run_scr(
    *args: str | Path,
    timeout: float = 120,
    memory_limit_mb: int = 6000,
    cwd: Path | None = None,
    env: dict | None = None,
) -> Run:
    """Run ``scr ARGS`` in a child process; its exit code, output and peak memory (MB).

    The address-space limit only protects the machine from a runaway test; the assertions
    are on the measured peak.
    """
    return run_measured(
        [*SCR, *map(str, args)], timeout=timeout, memory_limit_mb=memory_limit_mb, cwd=cwd, env=env
    )


def run_installed(*args: str | Path, timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``scr ARGS`` as a user types it (the README's commands); not measured.

    The exit code is returned, never raised; ``timeout`` None waits as long as it takes.
    """
    return subprocess.run(
        [str(INSTALLED_SCR), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env={**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""},
    )


def loaded_modules(*names: str) -> list[str]:
    """Every module a fresh Python has loaded once it has imported ``names``, sorted.

    Raises ``subprocess.CalledProcessError`` if an import fails.
    """
    code = f"import sys, json, {', '.join(names)}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def run_python(code: str, *args: str | Path, timeout: float = 120) -> Run:
    """Run a Python snippet in a child process (with the repository importable), measured."""
    return run_measured([sys.executable, "-c", code, *map(str, args)], timeout=timeout)


def run_measured(
    argv: list[str],
    *,
    timeout: float = 120,
    memory_limit_mb: int = 6000,
    cwd: Path | None = None,
    env: dict | None = None,
) -> Run:
    """Run ``argv`` in a child process; its exit code, output and peak resident memory (MB)."""
    command = [sys.executable, "-c", _MEASURE, *argv]
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        **(env or {}),
        "SCR_TEST_MEMORY_MB": str(memory_limit_mb),
    }
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd or REPO,
        env=environment,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the wrapper and scr: the group we started
            process.communicate()
            raise
    stderr, _, peak = stderr.rpartition("\n@@maxrss=")
    return Run(process.returncode, stdout, stderr, int(peak.strip() or 0) / 1024)


def one_line_about(run_or_text, name: str) -> str:
    """The ``scr:`` line that names ``name``; fails the test if there is none or a traceback."""
    text = run_or_text if isinstance(run_or_text, str) else run_or_text.output
    assert "Traceback" not in text, text
    assert "unexpected fault" not in text, text
    lines = [line for line in text.splitlines() if name in line]
    assert lines, f"no line names {name}:\n{text}"
    return lines[0]


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(SECRET.encode())

    def log_message(self, *args) -> None:
        pass


@contextmanager
def counting_server() -> Iterator[tuple[str, list[str]]]:
    """A local web server; yields its base URL and the list of paths anyone asked it for."""
    handler = type("Handler", (_CountingHandler,), {"hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    finally:
        server.shutdown()
        server.server_close()
