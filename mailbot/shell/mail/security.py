"""The one rule shared by IMAP and SMTP settings: clear text never leaves this machine."""

from __future__ import annotations

import ssl
from pathlib import Path

from mailbot.shell.mail.errors import MailSecurityError

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def require_local_for_plain(protocol: str, host: str) -> None:
    """Refuse a plain-text connection to any host but this machine."""
    if host not in LOCAL_HOSTS:
        raise MailSecurityError(
            f"{protocol} security 'plain' is refused for host {host!r}: passwords and mail "
            f"would cross the network unencrypted. Use 'tls' (or 'starttls' for SMTP); "
            f"'plain' is allowed only for {', '.join(sorted(LOCAL_HOSTS))}."
        )


def client_tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """A verifying client context; ``ca_file`` trusts a private CA (a self-signed test cert)."""
    return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)


def tls_failure_hint(host: str, port: int, ca_file: Path | None, exc: BaseException) -> str:
    """Say which server failed verification and how to fix it."""
    trusted = f"the CA in {ca_file}" if ca_file else "the system CA store"
    return (
        f"TLS to {host}:{port} failed: the server certificate did not verify against "
        f"{trusted} ({exc}). Check that the host name matches the certificate, or set "
        f"ca_file to the CA that signed it."
    )
