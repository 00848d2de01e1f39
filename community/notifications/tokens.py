"""Signed one-click unsubscribe tokens: which member, which kinds; forging one is refused."""

from django.core import signing

_SALT = "community.notifications.unsubscribe"


def unsubscribe_token(member_id: int, kind_keys) -> str:
    return signing.dumps({"m": member_id, "k": sorted(set(kind_keys))}, salt=_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, list[str]]:
    """The member id and kind keys the token was made for; BadSignature if forged or altered."""
    payload = signing.loads(token, salt=_SALT)
    if not isinstance(payload, dict) or not isinstance(payload.get("m"), int):
        raise signing.BadSignature("unexpected payload")
    return payload["m"], [key for key in payload.get("k", []) if isinstance(key, str)]
