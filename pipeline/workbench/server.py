"""Run the workbench: 127.0.0.1 only, a random token in the URL, the browser opened on it."""

from __future__ import annotations

import logging
import secrets
import webbrowser
from collections.abc import Callable
from pathlib import Path

from werkzeug.serving import make_server

from pipeline.folder import review_folder
from pipeline.workbench.app import create_app

HOST = "127.0.0.1"


def serve(
    folder: Path,
    *,
    port: int = 0,
    open_browser: bool = True,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve the review in ``folder`` until interrupted; ``port`` 0 picks a free one."""
    review_folder(folder)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # request lines may hold names
    token = secrets.token_urlsafe(24)
    server = make_server(HOST, port, create_app(folder, token), threaded=True)
    url = f"http://{HOST}:{server.server_port}/?token={token}"
    announce(f"The workbench is at {url}\nPress Ctrl+C to stop it.")
    if open_browser:
        webbrowser.open(url)
    try:
        server.serve_forever()
    finally:
        server.server_close()
