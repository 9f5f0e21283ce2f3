"""Safe by construction: a token for every request, a CSRF check on every form, local only."""

from __future__ import annotations

import hmac
import secrets

from flask import Flask, abort, redirect, request, session

TOKEN_COOKIE = "scr_token"
LOCAL_HOSTS = ("127.0.0.1", "localhost")


def protect(app: Flask, token: str) -> None:
    """Refuse any request without the token (URL once, then a cookie) or with a bad form."""

    @app.before_request
    def _guard():
        host = (request.host or "").rsplit(":", 1)[0]
        if host not in LOCAL_HOSTS:  # a page elsewhere renaming itself to us (DNS rebinding)
            abort(403)
        given = request.args.get("token")
        if given is not None:
            if not hmac.compare_digest(given, token):
                abort(403)
            session.setdefault("csrf", secrets.token_urlsafe(32))
            response = redirect(request.path)
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict")
            return response
        if not hmac.compare_digest(request.cookies.get(TOKEN_COOKIE, ""), token):
            abort(403)
        if request.method not in ("GET", "HEAD"):
            _check_form()
        return None

    @app.context_processor
    def _csrf_field():
        return {"csrf_token": session.setdefault("csrf", secrets.token_urlsafe(32))}

    @app.after_request
    def _headers(response):
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"  # "no-referrer" makes Origin "null"
        response.headers["Cache-Control"] = "no-store"
        return response


def _check_form() -> None:
    origin = request.headers.get("Origin")
    if origin and origin.split("://", 1)[-1] != request.host:
        abort(403)
    expected = session.get("csrf", "")
    if not expected or not hmac.compare_digest(request.form.get("csrf", ""), expected):
        abort(403)
