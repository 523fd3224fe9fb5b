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


def test_a_value_kept_in_the_process_is_a_copy_for_each_reader(db):
    bump_version()
    first = cached("cards", lambda: ["a", "b"])
    first.append("changed by one reader")

    # The next request builds nothing and sees the value as it was built.
    assert cached("cards", lambda: ["built again"]) == ["a", "b"]
    bump_version()
    assert cached("cards", lambda: ["after the bump"]) == ["after the bump"]


def test_a_page_whose_slug_changes_is_found_at_its_new_address_only(client, db):
    from guides.models import GuidePage

    guide = GuidePage.objects.live().filter(locale__language_code="sv").first()
    old_url = guide.url
    assert client.get(old_url).status_code == 200

    guide.slug = f"{guide.slug}-ny"
    guide.save_revision().publish()

    assert client.get(old_url).status_code == 404
    assert client.get(f"{old_url.rstrip('/')}-ny/").status_code == 200
