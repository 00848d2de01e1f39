"""Which network a request came from, kept as a keyed hash: never the address itself."""

import hashlib
import hmac
import ipaddress

from django.conf import settings


def network_key(address: str) -> str:
    """A short key shared by addresses of one network (/24 for IPv4, /48 for IPv6).

    Keyed with SECRET_KEY, so the key cannot be turned back into an address; "" when the
    address is unknown.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    prefix = 24 if ip.version == 4 else 48
    network = ipaddress.ip_network(f"{ip}/{prefix}", strict=False)
    digest = hmac.new(settings.SECRET_KEY.encode(), str(network).encode(), hashlib.sha256)
    return digest.hexdigest()[:16]
