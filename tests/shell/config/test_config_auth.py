"""``[imap.auth]`` / ``[smtp.auth]``: what each provider needs, and secrets kept out of files."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.shell.config import ConfigError, load_settings
from mailbot.shell.mail.auth.sources import TokenSources
from mailbot.shell.wiring import imap_settings, smtp_settings

CONFIG = """
[bot]
address = "procurement@buyer.example"
buyer_mailbox = "alex@buyer.example"
[imap]
host = "outlook.office365.com"
username = "procurement@buyer.example"
[imap.auth]
{imap_auth}
[smtp]
host = "smtp.office365.com"
username = "procurement@buyer.example"
[smtp.auth]
{smtp_auth}
"""
MICROSOFT = 'method = "oauth2"\nprovider = "microsoft"\ntenant_id = "t"\nclient_id = "c"'


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MAILBOT_SECRETS_FILE", "MAILBOT_IMAP__AUTH__CLIENT_SECRET",
                 "MAILBOT_SMTP__AUTH__CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)


def write(tmp_path: Path, imap_auth: str, smtp_auth: str = 'method = "password"') -> Path:
    path = tmp_path / "mailbot.toml"
    path.write_text(CONFIG.format(imap_auth=imap_auth, smtp_auth=smtp_auth), encoding="utf-8")
    return path


def test_microsoft_without_a_secret_or_certificate_names_both(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, MICROSOFT))
    text = str(caught.value)
    assert "imap.auth" in text and "client_secret or certificate_file" in text
    assert "MAILBOT_IMAP__AUTH__CLIENT_SECRET" in text


def test_oauth2_without_a_provider_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs provider"):
        load_settings(write(tmp_path, 'method = "oauth2"'))


def test_a_client_secret_in_the_config_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"imap\.auth\.client_secret"):
        load_settings(write(tmp_path, MICROSOFT + '\nclient_secret = "s3cret"'))


def test_imap_and_smtp_alike_share_one_cached_token(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILBOT_IMAP__AUTH__CLIENT_SECRET", "s3cret")
    monkeypatch.setenv("MAILBOT_SMTP__AUTH__CLIENT_SECRET", "s3cret")
    settings = load_settings(write(tmp_path, MICROSOFT, MICROSOFT))
    sources = TokenSources()
    imap, smtp = imap_settings(settings, sources), smtp_settings(settings, sources)
    assert imap.token is not None and imap.token is smtp.token
    assert imap.token.provider == "microsoft"
    assert "s3cret" not in repr(settings) and "s3cret" not in repr(imap)


def test_password_method_has_no_token(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, 'method = "password"'))
    assert imap_settings(settings).token is None
