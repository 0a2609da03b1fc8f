"""A local HTTPS server standing in for an OAuth2 token endpoint (Entra ID, Google), so the
providers' real HTTP requests (MSAL, google-auth over requests) can be checked as sent."""

from __future__ import annotations

import base64
import json
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from mailbot.shell.mail.local.tls_cert import make_self_signed


@dataclass
class Seen:
    method: str
    path: str
    form: dict[str, str]


Answer = Callable[[Seen], tuple[int, dict[str, Any]]]


@dataclass
class IdentityProvider:
    base_url: str
    session: requests.Session  # trusts this server's certificate
    routes: dict[tuple[str, str], Answer] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def on(self, method: str, path: str, answer: Answer) -> None:
        self.routes[(method, path)] = answer

    def posts(self, path: str) -> list[dict[str, str]]:
        return [s.form for s in self.seen if s.method == "POST" and s.path == path]


@contextmanager
def identity_provider(tmp_path: Path) -> Iterator[IdentityProvider]:
    cert = make_self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert.cert, cert.key)
    session = requests.Session()
    session.verify = str(cert.cert)
    session.trust_env = False  # REQUESTS_CA_BUNDLE would replace the CA above
    provider: IdentityProvider

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            path = urlsplit(self.path).path
            seen = Seen(method, path, {k: v[0] for k, v in parse_qs(body).items()})
            provider.seen.append(seen)
            answer = provider.routes.get((method, path))
            status, document = answer(seen) if answer else (404, {"error": "not_found"})
            data = json.dumps(document).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    provider = IdentityProvider(f"https://127.0.0.1:{server.server_address[1]}", session)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
        session.close()
        thread.join(5)


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def verified_jwt(token: str, public_key: rsa.RSAPublicKey) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, claims) of an RS256 JWT whose signature ``public_key`` verifies."""
    head, body, signature = token.split(".")
    public_key.verify(_b64(signature), f"{head}.{body}".encode(), padding.PKCS1v15(),
                      hashes.SHA256())
    return json.loads(_b64(head)), json.loads(_b64(body))


def _b64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
