"""Who is asking: the client's address behind a known number of trusted proxies.

Rate limits and login throttling key on this, so both follow one rule:

- ``PORTAL_TRUSTED_PROXY_HOPS = 0``: the portal is reached directly and the
  connection's own address (``REMOTE_ADDR``) is the client.
- ``N > 0``: N proxies of ours stand in front, each appending the address it was
  reached from to ``X-Forwarded-For``. The client is the Nth entry from the right;
  everything further left was written by the client and is ignored.

A header that is missing, too short or holds no address where the Nth entry
should be did not come through our proxies as configured: the request reached the
server some other way (a health check, a port opened by mistake) or the setting
is wrong. The connection's own address is then the one thing the client cannot
forge, so it is used, and a warning says so: behind a proxy it would be the
proxy's address, shared by everyone, and that must not go unnoticed.

IPv6 clients get a /64 each (the whole network one household or phone is
given, whose addresses it may change at will), and IPv4-mapped IPv6 addresses
count as the IPv4 address they carry.
"""

import ipaddress
import logging

from django.conf import settings

logger = logging.getLogger(__name__)

IPV6_NETWORK_PREFIX = 64


def client_address(request):
    """The client's address as a string, or None if the request carries none.

    For IPv6 it is the first address of the client's /64, so every address in that
    network gives the same string; it is still a valid address (for example for
    a GenericIPAddressField).
    """
    hops = settings.PORTAL_TRUSTED_PROXY_HOPS
    if hops:
        forwarded = _forwarded_address(request.META.get("HTTP_X_FORWARDED_FOR", ""), hops)
        if forwarded is not None:
            return _group(forwarded)
        # Name no address in the log: it may be a resident's.
        logger.warning(
            "X-Forwarded-For has no address %d hop(s) from the right; "
            "counting the request by its connection's address instead. "
            "Check TRUSTED_PROXY_HOPS and that the server is reachable only through the proxy.",
            hops,
        )
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        logger.warning("A request without a client address; it shares one anonymous count.")
        return None
    return _group(remote)


def _forwarded_address(header, hops):
    """The address ``hops`` entries from the right of an X-Forwarded-For value."""
    # Only the right-most entries matter; a long header is not split further.
    entries = header.rsplit(",", hops)
    if len(entries) < hops:
        return None
    return _parse(entries[-hops])


def _parse(value):
    """An address from one header entry, tolerating a port and IPv6 brackets."""
    value = value.strip()
    if value.startswith("["):  # "[2001:db8::1]:443"
        value = value[1:].partition("]")[0]
    elif value.count(":") == 1:  # "203.0.113.7:5044"
        value = value.partition(":")[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _group(address):
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        # By integer, so a scope ("fe80::1%eth0") does not survive into the key.
        mask = ((1 << IPV6_NETWORK_PREFIX) - 1) << (128 - IPV6_NETWORK_PREFIX)
        return str(ipaddress.IPv6Address(int(address) & mask))
    return str(address)
