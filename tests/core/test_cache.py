"""The versioned cache: read once per request, fresh on every call outside one."""

from django.core.cache import cache

from core.cache import RequestMemo, bump_version, cached, cached_many, forget


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


def test_several_values_are_built_together_and_only_those_missing(db):
    bump_version()
    built = []

    def build(items):
        built.append(sorted(items))
        return {item: f"card {item}" for item in items}

    assert cached_many({1: "card:1", 2: "card:2"}, build) == {1: "card 1", 2: "card 2"}
    forget()  # another process: only the shared cache has them
    assert cached_many({2: "card:2", 3: "card:3"}, build) == {2: "card 2", 3: "card 3"}
    assert cached("card:3", lambda: "built again") == "card 3"

    assert built == [[1, 2], [3]]
    bump_version()
    assert cached_many({1: "card:1"}, build) == {1: "card 1"}
    assert built == [[1, 2], [3], [1]]


def test_a_value_that_cannot_be_built_is_left_out(db):
    bump_version()
    cache.clear()

    assert cached_many({1: "gone:1", 2: "gone:2"}, lambda items: {1: "here"}) == {1: "here"}


def test_routing_follows_a_home_page_translation_offline_and_back(client, db):
    """Each language's home page, where routing starts, is kept under the version: a
    translation taken offline gives way at once to the site's root page (Wagtail's rule),
    and is served again as soon as it is published."""
    from home.models import HomePage

    finnish = HomePage.objects.get(locale__language_code="fi")
    swedish = HomePage.objects.get(locale__language_code="sv")
    assert finnish.hero_text in client.get("/fi/").text

    finnish.unpublish()
    offline = client.get("/fi/").text
    assert finnish.hero_text not in offline
    assert swedish.hero_text in offline

    finnish.save_revision().publish()
    assert finnish.hero_text in client.get("/fi/").text
