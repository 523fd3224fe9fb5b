"""The versioned cache: read once per request, fresh on every call outside one."""

from core.cache import RequestMemo, bump_version, cached


def test_outside_a_request_a_bump_is_seen_at_once(db):
    assert cached("answer", lambda: "before") == "before"
    bump_version()

    assert cached("answer", lambda: "after") == "after"


def test_a_request_reads_the_version_once_and_keeps_what_it_read(db, django_assert_num_queries):
    bump_version()  # the counter exists, as it does once anything was published

    def view(request):
        first = cached("answer", lambda: "before")
        bump_version()  # another process publishes during the request
        return first, cached("answer", lambda: "after"), cached("other", lambda: "other")

    with django_assert_num_queries(2):  # the version, then the bump
        assert RequestMemo(view)(None) == ("before", "before", "other")

    # The next request, or code outside one, sees the bump.
    assert cached("answer", lambda: "after") == "after"
