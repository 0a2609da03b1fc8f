"""The Microsoft and Google token providers' real HTTP requests, against a local HTTPS token
endpoint: what they send (grant, client, scope, signed assertions) and how refusals read."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID
from identity_provider import IdentityProvider, identity_provider, rsa_key, verified_jwt

from mailbot.shell.mail.auth.google import (
    SCOPE as GOOGLE_SCOPE,
)
from mailbot.shell.mail.auth.google import (
    GoogleRefreshTokens,
    GoogleServiceAccountTokens,
)
from mailbot.shell.mail.auth.microsoft import SCOPE as MICROSOFT_SCOPE
from mailbot.shell.mail.auth.microsoft import MicrosoftTokens
from mailbot.shell.mail.errors import TokenError

TENANT = "0f1e2d3c-aaaa-bbbb-cccc-123456789abc"
CLIENT = "11112222-3333-4444-5555-666677778888"
MAILBOX = "procurement@buyer.example"


@pytest.fixture
def idp(tmp_path: Path):
    with identity_provider(tmp_path) as provider:
        yield provider


# ---- Microsoft (MSAL, client credentials) --------------------------------------------


def entra(idp: IdentityProvider) -> str:
    """Serve the tenant's OpenID configuration; the token endpoint's path."""
    base, token_path = f"{idp.base_url}/{TENANT}", f"/{TENANT}/oauth2/v2.0/token"
    config = {
        "token_endpoint": f"{idp.base_url}{token_path}",
        "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
        "issuer": f"{base}/v2.0",
        "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
    }
    idp.on("GET", f"/{TENANT}/v2.0/.well-known/openid-configuration", lambda _: (200, config))
    return token_path


def microsoft(idp: IdentityProvider, **kwargs) -> MicrosoftTokens:
    return MicrosoftTokens(tenant_id=TENANT, client_id=CLIENT, authority_host=idp.base_url,
                           http_client=idp.session, **kwargs)


async def test_microsoft_client_secret_asks_for_the_exchange_scope(idp: IdentityProvider) -> None:
    token_path = entra(idp)
    idp.on("POST", token_path, lambda _: (200, {"access_token": "ms-access", "expires_in": 3599,
                                                "token_type": "Bearer"}))
    token = await microsoft(idp, client_secret="the-secret")()
    assert (token.value, token.lifetime_s) == ("ms-access", 3599)
    (form,) = idp.posts(token_path)
    assert form["grant_type"] == "client_credentials"
    assert form["client_id"] == CLIENT and form["client_secret"] == "the-secret"
    assert MICROSOFT_SCOPE in form["scope"].split()


async def test_microsoft_certificate_signs_an_assertion_with_its_thumbprint(
        idp: IdentityProvider, tmp_path: Path) -> None:
    key = rsa_key()
    certificate = _self_signed(key)
    pem = tmp_path / "app.pem"
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                          serialization.NoEncryption())
        + certificate.public_bytes(serialization.Encoding.PEM)
    )
    token_path = entra(idp)
    idp.on("POST", token_path, lambda _: (200, {"access_token": "ms-cert", "expires_in": 600}))
    assert (await microsoft(idp, certificate_file=pem)()).value == "ms-cert"
    (form,) = idp.posts(token_path)
    assert "client_secret" not in form
    assert form["client_assertion_type"].endswith("client-assertion-type:jwt-bearer")
    header, claims = verified_jwt(form["client_assertion"], certificate.public_key())
    sha1 = hashlib.sha1(certificate.public_bytes(serialization.Encoding.DER)).digest()
    assert header["x5t"].rstrip("=") == base64.urlsafe_b64encode(sha1).decode().rstrip("=")
    assert claims["iss"] == claims["sub"] == CLIENT
    assert claims["aud"] == f"{idp.base_url}{token_path}"


async def test_microsoft_wrong_secret_says_what_to_fix(idp: IdentityProvider) -> None:
    token_path = entra(idp)
    refusal = {
        "error": "invalid_client",
        "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the "
                             "secret being sent in the request is the client secret value.",
        "error_codes": [7000215],
    }
    idp.on("POST", token_path, lambda _: (401, refusal))
    with pytest.raises(TokenError) as caught:
        await microsoft(idp, client_secret="the-secret-id-not-its-value")()
    text = str(caught.value)
    assert CLIENT in text and TENANT in text and "AADSTS7000215" in text
    assert "copy the secret's Value" in text


# ---- Google (google-auth) ------------------------------------------------------------


async def test_google_service_account_acts_for_the_mailbox(
        idp: IdentityProvider, tmp_path: Path) -> None:
    key = rsa_key()
    key_file = tmp_path / "service-account.json"
    key_file.write_text(json.dumps({
        "type": "service_account",
        "project_id": "procurement-bot",
        "private_key_id": "key-1",
        "private_key": key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()).decode(),
        "client_email": "mailbot@procurement-bot.iam.gserviceaccount.com",
        "client_id": "1234567890",
        "token_uri": f"{idp.base_url}/token",
    }), encoding="utf-8")
    idp.on("POST", "/token", lambda _: (200, {"access_token": "g-sa", "expires_in": 3600,
                                              "token_type": "Bearer"}))
    token = await GoogleServiceAccountTokens(key_file, MAILBOX, http_session=idp.session)()
    assert token.value == "g-sa" and 3500 < token.lifetime_s <= 3600
    (form,) = idp.posts("/token")
    assert form["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    header, claims = verified_jwt(form["assertion"], key.public_key())
    assert header["kid"] == "key-1"
    assert claims["iss"] == "mailbot@procurement-bot.iam.gserviceaccount.com"
    assert claims["sub"] == MAILBOX  # domain-wide delegation: acting as the mailbox
    assert claims["scope"] == GOOGLE_SCOPE
    assert claims["aud"] == "https://oauth2.googleapis.com/token"  # google-auth's, whatever URI


async def test_google_refresh_token_is_exchanged_for_an_access_token(
        idp: IdentityProvider) -> None:
    idp.on("POST", "/token", lambda _: (200, {"access_token": "g-rt", "expires_in": 1800}))
    tokens = GoogleRefreshTokens(client_id="desktop-client", client_secret="cs",
                                 refresh_token="1//refresh", token_uri=f"{idp.base_url}/token",
                                 http_session=idp.session)
    assert (await tokens()).value == "g-rt"
    (form,) = idp.posts("/token")
    assert form["grant_type"] == "refresh_token"
    assert (form["refresh_token"], form["client_id"], form["client_secret"]) == (
        "1//refresh", "desktop-client", "cs")


async def test_google_missing_delegation_names_the_likely_cause(
        idp: IdentityProvider, tmp_path: Path) -> None:
    key_file = tmp_path / "sa.json"
    key_file.write_text(json.dumps({
        "type": "service_account", "private_key_id": "k",
        "private_key": rsa_key().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()).decode(),
        "client_email": "mailbot@p.iam.gserviceaccount.com", "token_uri": f"{idp.base_url}/token",
    }), encoding="utf-8")
    refusal = {"error": "unauthorized_client",
               "error_description": "Client is unauthorized to retrieve access tokens using "
                                    "this method, or client not authorized for any of the "
                                    "scopes requested."}
    idp.on("POST", "/token", lambda _: (401, refusal))
    with pytest.raises(TokenError) as caught:
        await GoogleServiceAccountTokens(key_file, MAILBOX, http_session=idp.session)()
    text = str(caught.value)
    assert MAILBOX in text and "mailbot@p.iam.gserviceaccount.com" in text
    assert "domain-wide delegation" in text


async def test_google_revoked_refresh_token_says_to_run_the_consent_again(
        idp: IdentityProvider) -> None:
    idp.on("POST", "/token", lambda _: (400, {"error": "invalid_grant",
                                              "error_description": "Token has been expired or "
                                                                   "revoked."}))
    tokens = GoogleRefreshTokens(client_id="c", client_secret="s", refresh_token="old",
                                 token_uri=f"{idp.base_url}/token", http_session=idp.session)
    with pytest.raises(TokenError, match="mailbot auth google"):
        await tokens()


def _self_signed(key) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mailbot app")])
    now = datetime.datetime.now(datetime.UTC)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=2))
            .sign(key, hashes.SHA256()))
