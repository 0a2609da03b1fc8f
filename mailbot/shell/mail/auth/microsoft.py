"""Microsoft 365 app-only tokens (OAuth2 client credentials) through MSAL.

The app registration in Entra ID holds ``IMAP.AccessAsApp`` / ``SMTP.SendAsApp`` and the
Exchange service principal has rights on the mailbox (README, "Microsoft 365"); the bot
proves it is that app with a client secret or a certificate. MSAL blocks, so each
request runs in a worker thread.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailbot.shell.mail.auth.tokens import AccessToken, BlockingFetch
from mailbot.shell.mail.errors import TokenError

AUTHORITY_HOST = "https://login.microsoftonline.com"
SCOPE = "https://outlook.office365.com/.default"

# AADSTS codes an admin meets while setting this up, and what each one means.
_KNOWN_ERRORS: dict[int, str] = {
    7000215: "the client secret is wrong: copy the secret's Value (not its ID) again",
    7000222: "the client secret has expired: create a new one in the app registration",
    700016: "no app with this client_id in the tenant: check client_id and tenant_id",
    90002: "no such tenant: check tenant_id (the Directory (tenant) ID of the app)",
    700027: "the certificate is not the one uploaded to the app registration",
    1002012: "the scope is wrong: use https://outlook.office365.com/.default",
}

REFUSAL_HINT = (
    "the app lacks IMAP.AccessAsApp / SMTP.SendAsApp with admin consent, or Exchange has no "
    "service principal for it or no right on this mailbox (New-ServicePrincipal, "
    "Add-MailboxPermission; see the README), or SMTP AUTH is off for the mailbox "
    "(Set-CASMailbox -SmtpClientAuthenticationDisabled $false)"
)


@dataclass(frozen=True)
class MicrosoftTokens(BlockingFetch):
    tenant_id: str
    client_id: str
    client_secret: str = field(default="", repr=False)
    certificate_file: Path | None = None  # PEM: the private key and its certificate
    authority_host: str = AUTHORITY_HOST
    scope: str = SCOPE
    http_client: Any = None  # a requests.Session; tests pass one that trusts their CA

    def acquire(self) -> AccessToken:
        import msal

        try:
            app = msal.ConfidentialClientApplication(
                self.client_id,
                authority=f"{self.authority_host.rstrip('/')}/{self.tenant_id}",
                client_credential=self._credential(),
                http_client=self.http_client,
                instance_discovery=False,  # no call to a discovery host besides the authority
                token_cache=msal.TokenCache(),  # ours caches; a refused token must not return
            )
            result: dict[str, Any] = app.acquire_token_for_client(scopes=[self.scope])
        except (ValueError, OSError) as error:  # MSAL raises ValueError for a bad authority
            raise TokenError(
                f"Microsoft token request for tenant {self.tenant_id} failed: {error}"
            ) from None
        if "access_token" not in result:
            raise TokenError(self._describe(result))
        return AccessToken(str(result["access_token"]), float(result.get("expires_in", 3600)))

    def _credential(self) -> str | dict[str, str]:
        if self.certificate_file is None:
            return self.client_secret
        try:
            pem = self.certificate_file.read_bytes()
        except OSError as error:
            raise TokenError(f"auth.certificate_file {self.certificate_file}: {error}") from None
        return {"private_key": pem.decode("ascii"), "thumbprint": _thumbprint(pem)}

    def _describe(self, result: dict[str, Any]) -> str:
        codes = [int(c) for c in result.get("error_codes") or []]
        meaning = next((_KNOWN_ERRORS[c] for c in codes if c in _KNOWN_ERRORS), None)
        said = str(result.get("error_description") or result.get("error") or result)
        said = said.splitlines()[0]
        fix = f"; {meaning}" if meaning else ""
        return (f"Microsoft refused a token to app {self.client_id} in tenant "
                f"{self.tenant_id}: {said}{fix}")


def _thumbprint(pem: bytes) -> str:
    """The SHA-1 of the certificate, as Entra ID shows it ("Thumbprint")."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        certificate = x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise TokenError(
            "auth.certificate_file holds no PEM certificate: put the private key and the "
            "certificate uploaded to the app registration in one PEM file"
        ) from None
    return hashlib.sha1(certificate.public_bytes(Encoding.DER)).hexdigest().upper()
