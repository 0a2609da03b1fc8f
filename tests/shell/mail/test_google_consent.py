"""The one-time Google consent: loopback redirect with PKCE, the code exchanged over HTTPS,
and the refresh token kept in the secrets file where the configuration then finds it."""

from __future__ import annotations

import base64
import hashlib
import threading
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from identity_provider import identity_provider

from mailbot.shell.config import load_settings
from mailbot.shell.mail.auth.google_consent import ConsentClient, obtain_refresh_token
from mailbot.shell.mail.auth.secrets_store import store_secrets
from mailbot.shell.mail.errors import TokenError


def browser(code: str | None = "auth-code-1", state: str | None = None):
    """Plays the admin's browser: follows the consent URL's redirect_uri back to mailbot."""
    seen: dict[str, str] = {}

    def open_url(url: str) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        seen.update(query)
        answer = {"state": state or query["state"]}
        if code:
            answer["code"] = code
        else:
            answer["error"] = "access_denied"
        target = f"{query['redirect_uri']}?" + "&".join(f"{k}={v}" for k, v in answer.items())
        threading.Thread(target=lambda: urllib.request.urlopen(target, timeout=5).read(),
                         daemon=True).start()

    return open_url, seen


def test_consent_returns_the_refresh_token(tmp_path: Path) -> None:
    with identity_provider(tmp_path) as idp:
        idp.on("POST", "/token", lambda _: (200, {"access_token": "a", "expires_in": 3599,
                                                  "refresh_token": "1//kept-refresh-token"}))
        client = ConsentClient("desktop-id", "desktop-secret", auth_uri=f"{idp.base_url}/auth",
                               token_uri=f"{idp.base_url}/token", http_session=idp.session)
        open_url, asked = browser()
        token = obtain_refresh_token(client, open_url, login_hint="bot@buyer.example",
                                     wait_s=10)
        (form,) = idp.posts("/token")
    assert token == "1//kept-refresh-token"
    assert asked["scope"] == "https://mail.google.com/" and asked["access_type"] == "offline"
    assert asked["redirect_uri"].startswith("http://127.0.0.1:")
    assert asked["login_hint"] == "bot@buyer.example"
    assert form["grant_type"] == "authorization_code" and form["code"] == "auth-code-1"
    assert form["redirect_uri"] == asked["redirect_uri"]
    digest = hashlib.sha256(form["code_verifier"].encode()).digest()
    assert base64.urlsafe_b64encode(digest).decode().rstrip("=") == asked["code_challenge"]


def test_a_denied_consent_is_a_token_error(tmp_path: Path) -> None:
    client = ConsentClient("id", "secret", auth_uri="https://127.0.0.1:1/auth")
    open_url, _ = browser(code=None)
    with pytest.raises(TokenError, match="access_denied"):
        obtain_refresh_token(client, open_url, wait_s=10)


def test_a_forged_redirect_is_refused(tmp_path: Path) -> None:
    client = ConsentClient("id", "secret", auth_uri="https://127.0.0.1:1/auth")
    open_url, _ = browser(state="not-the-state")
    with pytest.raises(TokenError, match="wrong state"):
        obtain_refresh_token(client, open_url, wait_s=10)


def test_stored_token_is_what_the_configuration_reads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = tmp_path / "private" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text('[bot]\nreply_token_secret = "kept as it was"\n', encoding="utf-8")
    store_secrets(secrets, {(server, "auth", key): value for server in ("imap", "smtp")
                            for key, value in (("refresh_token", '1//a"b'),
                                               ("client_secret", "cs"))})
    assert secrets.stat().st_mode & 0o077 == 0
    config = tmp_path / "mailbot.toml"
    config.write_text(
        '[bot]\naddress = "bot@buyer.example"\nbuyer_mailbox = "alex@buyer.example"\n'
        '[imap]\nhost = "imap.gmail.com"\nusername = "bot@buyer.example"\n'
        '[imap.auth]\nmethod = "oauth2"\nprovider = "google"\nclient_id = "desktop-id"\n'
        '[smtp]\nhost = "smtp.gmail.com"\nusername = "bot@buyer.example"\n'
        '[smtp.auth]\nmethod = "oauth2"\nprovider = "google"\nclient_id = "desktop-id"\n',
        encoding="utf-8")
    monkeypatch.setenv("MAILBOT_SECRETS_FILE", str(secrets))
    settings = load_settings(config)
    assert settings.imap.auth.refresh_token.get_secret_value() == '1//a"b'
    assert settings.smtp.auth.client_secret.get_secret_value() == "cs"
    assert settings.bot.reply_token_secret.get_secret_value() == "kept as it was"
