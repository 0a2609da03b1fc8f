"""``mailbot auth google``: the one-time consent that gives mailbot a Google refresh token.

For a Google Workspace (or Gmail) mailbox without a service account: an admin signs in
once in a browser as the mailbox, grants https://mail.google.com/, and the refresh token
is kept in the secrets file. This is OAuth2 for installed apps: a redirect to a loopback
port on this machine, with PKCE, then the authorization code exchanged for tokens.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from mailbot.shell.mail.auth.google import SCOPE, TOKEN_URI
from mailbot.shell.mail.errors import TokenError

AUTH_URI = "https://accounts.google.com/o/oauth2/v2/auth"
WAIT_S = 300.0


@dataclass(frozen=True)
class ConsentClient:
    client_id: str
    client_secret: str = field(repr=False)
    auth_uri: str = AUTH_URI
    token_uri: str = TOKEN_URI
    scope: str = SCOPE
    http_session: Any = None  # a requests.Session; tests pass one that trusts their CA


def obtain_refresh_token(client: ConsentClient, show_url: Callable[[str], None],
                         *, login_hint: str | None = None, wait_s: float = WAIT_S) -> str:
    """Show the consent URL, wait for Google's redirect, return the refresh token."""
    verifier = secrets.token_urlsafe(64)
    state = secrets.token_urlsafe(16)
    with _Redirect() as redirect:
        query = {
            "client_id": client.client_id, "redirect_uri": redirect.uri,
            "response_type": "code", "scope": client.scope, "state": state,
            "access_type": "offline", "prompt": "consent",  # always hand out a refresh token
            "code_challenge": _challenge(verifier), "code_challenge_method": "S256",
        }
        if login_hint:
            query["login_hint"] = login_hint
        show_url(f"{client.auth_uri}?{urlencode(query)}")
        answer = redirect.wait(wait_s)
    if answer.get("state") != state:
        raise TokenError("the consent redirect carried the wrong state: start again")
    if "error" in answer:
        raise TokenError(f"Google refused the consent: {answer['error']}")
    if "code" not in answer:
        raise TokenError("the consent redirect carried no authorization code")
    return _exchange(client, answer["code"], redirect.uri, verifier)


def _exchange(client: ConsentClient, code: str, redirect_uri: str, verifier: str) -> str:
    import requests

    session = client.http_session or requests.Session()
    try:
        response = session.post(client.token_uri, data={
            "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "client_id": client.client_id, "client_secret": client.client_secret,
            "code_verifier": verifier,
        }, timeout=30)
        document = response.json()
    except (requests.RequestException, ValueError) as error:
        raise TokenError(f"exchanging the authorization code failed: {error}") from None
    if "refresh_token" not in document:
        said = document.get("error_description") or document.get("error") or document
        raise TokenError(f"Google gave no refresh token: {said}")
    return str(document["refresh_token"])


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


class _Redirect:
    """A one-request HTTP server on 127.0.0.1 that Google's consent page redirects to."""

    def __init__(self) -> None:
        self._answer: dict[str, str] = {}
        self._done = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                if not query:  # a browser's favicon or the like
                    self.send_response(404)
                    self.end_headers()
                    return
                outer._answer = {k: v[0] for k, v in query.items()}
                body = b"mailbot: consent received. You can close this window.\n"
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                outer._done.set()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = HTTPServer(("127.0.0.1", 0), Handler)
        self.uri = f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> _Redirect:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait(self, timeout: float) -> dict[str, str]:
        if not self._done.wait(timeout):
            raise TokenError(f"no consent within {timeout:.0f} s: run `mailbot auth google` "
                             "again and open the link in a browser on this machine")
        return self._answer
