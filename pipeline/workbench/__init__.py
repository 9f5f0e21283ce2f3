"""The reviewer's workbench: ``scr serve DIR``, the review in a browser on the author's computer.

A Flask application on 127.0.0.1 behind a random token; pages are rendered on the server with
Jinja2 templates and a little local CSS and JavaScript (no CDN, no internet).
"""

from pipeline.workbench.app import create_app
from pipeline.workbench.server import serve

__all__ = ["create_app", "serve"]
