"""Users, organisations and tokens of the local Hub.

Configured from a YAML/JSON file::

    users:
      - name: alice
        fullname: Alice
        tokens:
          - {token: hf_alice_write, role: write, name: ci}
          - {token: hf_alice_read, role: read}
    orgs:
      - {name: huggingtweets, members: [alice]}

or from `NAME:TOKEN[:read|write]` strings (the `--token` flag and `HUBTOOLS_HUB_TOKENS`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hubtools import safe_yaml
from hubtools.localhub.errors import HubError


@dataclass(frozen=True, slots=True)
class Token:
    user: str
    role: str  # "read" | "write"
    name: str


@dataclass(slots=True)
class User:
    name: str
    fullname: str
    orgs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Accounts:
    users: dict[str, User] = field(default_factory=dict)
    orgs: dict[str, list[str]] = field(default_factory=dict)
    tokens: dict[str, Token] = field(default_factory=dict)

    def add_user(self, name: str, fullname: str | None = None) -> User:
        user = self.users.get(name) or User(name, fullname or name)
        self.users[name] = user
        return user

    def add_token(self, user: str, token: str, role: str = "write", name: str = "") -> None:
        if role not in ("read", "write"):
            raise ValueError(f"token role must be read or write, not {role!r}")
        self.add_user(user)
        self.tokens[token] = Token(user, role, name or f"{role} token")

    def add_org(self, org: str, members: list[str]) -> None:
        self.orgs[org] = list(members)
        for member in members:
            user = self.add_user(member)
            if org not in user.orgs:
                user.orgs.append(org)

    def authenticate(self, authorization: str | None) -> Token | None:
        """The token behind an `Authorization: Bearer ...` header; 401 for an unknown one."""
        if not authorization:
            return None
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer" or not value:
            raise HubError(401, "Invalid credentials in Authorization header")
        token = self.tokens.get(value.strip())
        if token is None:
            raise HubError(401, "Invalid credentials in Authorization header")
        return token

    def namespaces(self, token: Token | None) -> set[str]:
        if token is None:
            return set()
        return {token.user, *self.users[token.user].orgs}

    def can_read(self, token: Token | None, namespace: str, private: bool) -> bool:
        return not private or namespace in self.namespaces(token)

    def require_write(self, token: Token | None, namespace: str) -> None:
        if token is None:
            raise HubError(401, "You must be authenticated to write to the Hub.")
        if token.role != "write":
            raise HubError(403, "This token has read access only; use a write token.")
        if namespace not in self.namespaces(token):
            raise HubError(
                403, f"You don't have the rights to write to the namespace {namespace!r}."
            )

    def whoami(self, token: Token) -> dict[str, Any]:
        user = self.users[token.user]
        return {
            "type": "user",
            "id": hashlib.sha1(user.name.encode()).hexdigest()[:24],
            "name": user.name,
            "fullname": user.fullname,
            "email": f"{user.name}@localhost",
            "emailVerified": True,
            "isPro": False,
            "canPay": False,
            "avatarUrl": "",
            "periodEnd": None,
            "orgs": [
                {"type": "org", "name": org, "fullname": org, "roleInOrg": "write"}
                for org in user.orgs
            ],
            "auth": {
                "type": "access_token",
                "accessToken": {"displayName": token.name, "role": token.role},
            },
        }


def parse_token_spec(spec: str) -> tuple[str, str, str]:
    """`NAME:TOKEN[:read|write]` -> (name, token, role)."""
    parts = spec.split(":")
    if len(parts) not in (2, 3) or not all(parts):
        raise ValueError(f"expected NAME:TOKEN[:read|write], got {spec.split(':')[0]}:…")
    role = parts[2] if len(parts) == 3 else "write"
    return parts[0], parts[1], role


def load_accounts(
    config: Path | None = None,
    token_specs: Sequence[str] = (),
    org_specs: Sequence[str] = (),
) -> Accounts:
    accounts = Accounts()
    if config is not None:
        raw = safe_yaml.load(config.read_text(), source=str(config)) or {}
        for user in raw.get("users", []):
            accounts.add_user(user["name"], user.get("fullname"))
            for tok in user.get("tokens", []):
                accounts.add_token(
                    user["name"], tok["token"], tok.get("role", "write"), tok.get("name", "")
                )
        for org in raw.get("orgs", []):
            accounts.add_org(org["name"], org.get("members", []))
    for spec in token_specs:
        name, token, role = parse_token_spec(spec)
        accounts.add_token(name, token, role)
    for spec in org_specs:
        org, _, members = spec.partition(":")
        accounts.add_org(org, [m for m in members.split(",") if m])
    return accounts
