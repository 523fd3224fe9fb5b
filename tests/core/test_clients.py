"""Which client a request comes from, behind a configured number of trusted proxies."""

import logging

import pytest
from django.test import RequestFactory, override_settings

from core.clients import client_address

PROXY = "10.1.2.3"


def address(hops, forwarded=None, remote=PROXY):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    request = RequestFactory().get("/", **meta)
    with override_settings(PORTAL_TRUSTED_PROXY_HOPS=hops):
        return client_address(request)


def test_without_trusted_proxies_the_connection_is_the_client_and_the_header_is_ignored():
    assert address(0, remote="203.0.113.7") == "203.0.113.7"
    assert address(0, forwarded="198.51.100.1", remote="203.0.113.7") == "203.0.113.7"


def test_behind_one_proxy_the_client_is_the_entry_that_proxy_added():
    assert address(1, forwarded="203.0.113.7") == "203.0.113.7"


def test_behind_two_proxies_the_client_is_second_from_the_right():
    # client -> CDN (writes the client) -> load balancer (adds the CDN) -> server
    assert address(2, forwarded="203.0.113.7, 192.0.2.50") == "203.0.113.7"


@pytest.mark.parametrize(
    "claimed",
    ["198.51.100.1", "198.51.100.1, 198.51.100.2", "127.0.0.1", "unknown", "<script>", "::1"],
)
def test_entries_the_client_wrote_itself_change_nothing(claimed):
    assert address(1, forwarded=f"{claimed}, 203.0.113.7") == "203.0.113.7"
    assert address(2, forwarded=f"{claimed}, 203.0.113.7, 192.0.2.50") == "203.0.113.7"


def test_ports_and_brackets_that_proxies_add_are_understood():
    assert address(1, forwarded="203.0.113.7:51234") == "203.0.113.7"
    assert address(1, forwarded="[2001:db8:aa:bb::1]:443") == "2001:db8:aa:bb::"


def test_every_address_of_an_ipv6_64_network_is_one_client():
    first = address(1, forwarded="2001:db8:aa:bb:1111:2222:3333:4444")
    second = address(1, forwarded="2001:db8:aa:bb:ffff:ffff:ffff:ffff")
    neighbour = address(1, forwarded="2001:db8:aa:bc::1")

    assert first == second == "2001:db8:aa:bb::"
    assert neighbour == "2001:db8:aa:bc::"
    assert address(0, remote="2001:db8:aa:bb::99") == "2001:db8:aa:bb::"


def test_an_ipv4_mapped_ipv6_address_is_the_ipv4_client():
    assert address(1, forwarded="::ffff:203.0.113.7") == "203.0.113.7"
    assert address(0, remote="::ffff:203.0.113.7") == "203.0.113.7"


@pytest.mark.parametrize(
    ("hops", "forwarded"),
    [
        (1, None),
        (1, ""),
        (1, " , "),
        (1, "203.0.113.7, not-an-address"),
        (1, "203.0.113.7, 999.1.1.1"),
        (1, "203.0.113.7\x00"),
        (1, "203.0.113.7," * 2000 + "garbage"),
        (2, "203.0.113.7"),
        (3, "203.0.113.7, 192.0.2.50"),
    ],
    ids=[
        "missing",
        "empty",
        "blank-entries",
        "garbage",
        "out-of-range",
        "nul",
        "long",
        "one-hop-short",
        "two-hops-short",
    ],
)
def test_a_header_that_did_not_come_through_the_proxies_counts_the_connection(
    hops, forwarded, caplog
):
    # Not a client-chosen address (it would escape the limit), and not silently
    # the proxy's address (everyone would share it): the connection, with a warning.
    with caplog.at_level(logging.WARNING, logger="core.clients"):
        assert address(hops, forwarded=forwarded, remote="192.0.2.99") == "192.0.2.99"

    assert "TRUSTED_PROXY_HOPS" in caplog.text
    assert "203.0.113.7" not in caplog.text  # the log names no resident


def test_a_request_without_any_address_is_anonymous_not_an_error(caplog):
    with caplog.at_level(logging.WARNING, logger="core.clients"):
        assert address(0, remote="") is None
        assert address(1, forwarded="garbage", remote="") is None

    assert "without a client address" in caplog.text
