"""The address a request came from, as far as the portal can trust it."""

import ipaddress

from django.conf import settings
from ipware import get_client_ip


def client_address(request):
    """The client's address, counting PORTAL_TRUSTED_PROXY_HOPS proxies in front of the portal.

    With no proxy it is REMOTE_ADDR. Behind N proxies it is the address the outermost one
    saw, N entries from the right of X-Forwarded-For (the nearest proxy is REMOTE_ADDR and
    appends nothing for itself); what a client writes further left is ignored. The chain is
    read leniently: a strict reading would put every client whose own network adds the
    header into one shared bucket. An IPv6 client is counted by its /64, which one
    household or host usually holds whole.
    """
    hops = settings.PORTAL_TRUSTED_PROXY_HOPS
    address = request.META.get("REMOTE_ADDR")
    if hops:
        forwarded, _routable = get_client_ip(
            request,
            proxy_count=hops - 1,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,
        )
        address = forwarded or address
    try:
        ip = ipaddress.ip_address(address)
    except (TypeError, ValueError):
        return None
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)
