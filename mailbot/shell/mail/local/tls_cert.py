"""A throwaway self-signed certificate for the local test and demo servers.

Made with the ``openssl`` command so that no extra Python package is needed; the
certificate names localhost, 127.0.0.1 and ::1, and doubles as the CA file clients trust.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

from mailbot.shell.mail.errors import MailError


class TlsUnavailableError(MailError):
    """No ``openssl`` command, so the local servers cannot offer TLS."""


@dataclass(frozen=True, slots=True)
class CertPair:
    cert: Path
    key: Path


def make_self_signed(folder: Path) -> CertPair:
    """Write ``cert.pem`` and ``key.pem`` into ``folder``, valid for two days."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise TlsUnavailableError(
            "TLS for the local mail servers needs the 'openssl' command: "
            "install it (Debian: apt-get install openssl) or start them without TLS."
        )
    pair = CertPair(folder / "cert.pem", folder / "key.pem")
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt",
            "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
            "-keyout", str(pair.key), "-out", str(pair.cert), "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
        ],
        check=True,
        capture_output=True,
    )
    return pair


def server_tls_context(cert: CertPair | None) -> ssl.SSLContext | None:
    """The server side of TLS with ``cert``, or None for a plain-text server."""
    if cert is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert.cert, cert.key)
    return context
