import pytest

from consent import policy
from consent.models import CategoryKey, ConsentRecord
from tests.support.consent_support import (
    ElementFinder,
    banner_shown,
    choose,
    gating,
    stored_choice,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("banner_rendered_or_kept")]
STATISTICS, THIRD_PARTY = CategoryKey.STATISTICS, CategoryKey.THIRD_PARTY
OPTIONAL = {STATISTICS, CategoryKey.MARKETING, THIRD_PARTY}

CASES = {
    # action, form categories, extra headers -> granted, logged method, gated script, embed
    "accept": ("accept_all", (), {}, OPTIONAL, "banner_accept", True, True),
    "reject": ("reject_all", (), {}, set(), "banner_reject", False, False),
    "x": ("close", (), {}, set(), "close_x", False, False),
    "custom": ("save", (STATISTICS,), {}, {STATISTICS}, "preferences", True, False),
    "gpc": (
        "accept_all",
        (),
        {"HTTP_SEC_GPC": "1"},
        {STATISTICS, THIRD_PARTY},
        "gpc",
        True,
        True,
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_each_choice_gives_the_right_cookie_record_and_gating(
    client, demo_consent, embed_article, case
):
    action, categories, headers, granted, method, script, iframe = CASES[case]
    url = embed_article.get_absolute_url()
    before = gating(client.get(url, **headers).content.decode())
    assert before == {"script": False, "iframe": False, "placeholder": True}

    response = choose(client, action, categories=categories, next_url=url, **headers)
    assert response.status_code == 302 and response["Location"] == url

    choice = stored_choice(response)
    assert choice.granted == granted
    assert choice.version == 1
    morsel = response.cookies[policy.COOKIE_NAME]
    assert morsel["samesite"] == "Lax" and morsel["httponly"]
    assert int(morsel["max-age"]) >= 182 * 24 * 3600

    record = ConsentRecord.objects.get()
    assert record.method == method
    assert set(record.granted) == granted
    assert set(record.refused) == OPTIONAL - granted
    assert str(record.consent_id) == choice.consent_id
    assert record.policy_version == 1

    html = client.get(url, **headers).content.decode()
    assert not banner_shown(html)
    assert gating(html) == {"script": script, "iframe": iframe, "placeholder": not iframe}


def test_gpc_refusal_of_marketing_is_shown_in_the_preferences(client, demo_consent):
    html = client.get("/cookie/preferenze/", HTTP_SEC_GPC="1").content.decode()
    box = ElementFinder.find(html, id="page-cat-marketing")[0][1]
    assert "disabled" in box and "checked" not in box
    assert "Global Privacy Control" in html
    response = client.get("/", HTTP_SEC_GPC="1")
    assert "Sec-GPC" in response.headers["Vary"]


def test_gpc_also_hides_marketing_granted_before_the_signal(client, demo_consent):
    choose(client, "accept_all")
    response = client.get("/cookie/preferenze/", HTTP_SEC_GPC="1")
    assert (
        "disabled" in ElementFinder.find(response.content.decode(), id="page-cat-marketing")[0][1]
    )
    assert "marketing" not in response.wsgi_request.consent.granted


def test_click_to_load_grants_only_third_party_content_and_keeps_earlier_grants(
    client, demo_consent, embed_article
):
    url = embed_article.get_absolute_url()
    html = client.get(url).content.decode()
    load = ElementFinder.find(html, value="click_to_load")[0]
    assert load[0] == "button" and "Carica questo contenuto" in html
    assert "YouTube" in html and 'href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"' in html

    choose(client, "save", categories=[STATISTICS], via="preferences")
    response = choose(client, "click_to_load", next_url=url)
    assert stored_choice(response).granted == {STATISTICS, THIRD_PARTY}
    last = ConsentRecord.objects.order_by("-pk").first()
    assert last.method == "click_to_load" and last.refused == ["marketing"]
    assert gating(client.get(url).content.decode())["iframe"]


def test_withdrawal_is_logged_and_removes_what_was_granted(client, demo_consent, embed_article):
    url = embed_article.get_absolute_url()
    first = stored_choice(choose(client, "accept_all"))
    second = stored_choice(choose(client, "reject_all", via="preferences"))
    assert second.consent_id == first.consent_id
    methods = list(ConsentRecord.objects.order_by("pk").values_list("method", flat=True))
    assert methods == ["banner_accept", "preferences"]
    assert gating(client.get(url).content.decode()) == {
        "script": False,
        "iframe": False,
        "placeholder": True,
    }


def test_a_post_from_another_site_or_from_nowhere_is_refused(client, demo_consent):
    for headers in (
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "", "HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_ORIGIN": "", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": ""},
    ):
        response = choose(client, "accept_all", **headers)
        assert response.status_code == 403, headers
        assert "Scelta non salvata" in response.content.decode()
        assert not response.cookies
    assert not ConsentRecord.objects.exists()


def test_same_origin_is_accepted_by_referer_or_fetch_metadata(client, demo_consent):
    assert (
        choose(
            client, "reject_all", HTTP_ORIGIN="", HTTP_REFERER="http://testserver/x/"
        ).status_code
        == 302
    )
    assert (
        choose(client, "reject_all", HTTP_ORIGIN="", HTTP_SEC_FETCH_SITE="same-origin").status_code
        == 302
    )


def test_next_must_stay_on_this_site(client, demo_consent):
    for bad in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        assert choose(client, "reject_all", next_url=bad)["Location"] == "/"
    assert choose(client, "reject_all", next_url="/tag/x/?page=2")["Location"] == "/tag/x/?page=2"


def test_unknown_action_changes_nothing(client, demo_consent):
    response = choose(client, "grant_everything_forever")
    assert response.status_code == 302 and not response.cookies
    assert not ConsentRecord.objects.exists()


def test_fetch_gets_json_and_the_same_cookie(client, demo_consent):
    response = choose(client, "accept_all", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    data = response.json()
    assert set(data["granted"]) == OPTIONAL and data["refused"] == []
    assert stored_choice(response).consent_id == data["consent_id"]


def test_a_get_on_the_choice_view_is_not_allowed(client, demo_consent):
    assert client.get("/cookie/scelta/").status_code == 405


def test_record_keeps_a_truncated_ip_and_the_browser_family_only(client, demo_consent):
    chrome = (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36"
    )
    choose(client, "reject_all", REMOTE_ADDR="93.184.216.34", HTTP_USER_AGENT=chrome)
    record = ConsentRecord.objects.get()
    assert record.ip_truncated == "93.184.216.0"
    assert record.browser_family == "Chrome"


def test_behind_the_configured_proxy_the_record_keeps_the_readers_address(
    client, demo_consent, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    choose(client, "reject_all", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="93.184.216.34")
    assert ConsentRecord.objects.get().ip_truncated == "93.184.216.0"


def test_ip_truncation_and_browser_families():
    assert policy.truncate_ip("2001:db8:85a3:1234:5678:8a2e:370:7334") == "2001:db8:85a3::"
    assert policy.truncate_ip("not an ip") is None
    assert (
        policy.browser_family(
            "Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko/20100101 Firefox/133.0"
        )
        == "Firefox"
    )
    assert policy.browser_family("Mozilla/5.0 ... Chrome/131.0 Safari/537.36 Edg/131.0") == "Edge"
    assert (
        policy.browser_family("Mozilla/5.0 (iPhone) AppleWebKit/605 Version/18 Safari/604.1")
        == "Safari"
    )


def test_the_cookie_cannot_be_forged(client, demo_consent):
    choice = stored_choice(choose(client, "reject_all"))
    forged = policy.encode(choice).replace(":", ";", 1)
    assert policy.decode(forged) is None
    assert policy.decode("eyJjIjpbIm1hcmtldGluZyJdfQ:abc:def") is None


def test_no_javascript_path_end_to_end_with_plain_form_posts(client, demo_consent, embed_article):
    url = embed_article.get_absolute_url()
    page = client.get(url).content.decode()
    banner = page.split('id="consent-banner"', 1)[1].split("</section>", 1)[0]
    form = ElementFinder.find(banner, **{"data-consent-form": None})[0][1]
    next_field = ElementFinder.find(banner, name="next")[0][1]
    assert form["method"] == "post" and next_field["value"] == url

    # "Personalizza" without JS: a GET to the preferences page, coming back afterwards.
    customize = ElementFinder.find(banner, **{"data-consent-customize": None})[0][1]
    prefs = client.get(customize["formaction"], {"next": url})
    assert prefs.status_code == 200 and not prefs.cookies
    prefs_html = prefs.content.decode()
    assert f'name="next" value="{url}"' in prefs_html

    response = client.post(
        form["action"],
        {"action": "save", "categories": [THIRD_PARTY], "next": url, "via": "preferences"},
        HTTP_ORIGIN="http://testserver",
        follow=True,
    )
    assert response.redirect_chain == [(url, 302)]
    html = response.content.decode()
    assert not banner_shown(html)
    assert gating(html) == {"script": False, "iframe": True, "placeholder": False}

    # Withdraw from the footer's preferences link, as easily as it was given.
    footer_link = f"/cookie/preferenze/?next={url}"
    prefs_html = client.get(footer_link).content.decode()
    box = ElementFinder.find(prefs_html, id=f"page-cat-{THIRD_PARTY}")[0][1]
    assert "checked" in box
    response = client.post(
        form["action"],
        {"action": "reject_all", "next": url, "via": "preferences"},
        HTTP_ORIGIN="http://testserver",
        follow=True,
    )
    assert gating(response.content.decode())["placeholder"]
    assert not gating(response.content.decode())["script"]
    assert [r.method for r in ConsentRecord.objects.order_by("pk")] == ["preferences"] * 2


def test_preferences_page_opened_directly_comes_back_to_itself(client, demo_consent):
    html = client.get("/cookie/preferenze/").content.decode()
    assert 'name="next" value="/cookie/preferenze/"' in html
    response = choose(client, "save", categories=[STATISTICS], next_url="/cookie/preferenze/")
    page = client.get(response["Location"]).content.decode()
    assert "La tua scelta attuale è stata salvata il" in page
    assert "checked" in ElementFinder.find(page, id=f"page-cat-{STATISTICS}")[0][1]


def test_the_footer_link_on_the_preferences_page_keeps_the_page_to_go_back_to(client, demo_consent):
    # Not the preferences page's own address: clicked again and again, that
    # would nest without end (and a crawler would follow it for ever).
    html = client.get("/cookie/preferenze/?next=/tag/toyota/").content.decode()
    assert 'href="/cookie/preferenze/?next=/tag/toyota/"' in html
    assert "next=/cookie/preferenze/%3F" not in html
    html = client.get("/cookie/preferenze/?next=https://evil.example/").content.decode()
    assert 'href="/cookie/preferenze/?next=/cookie/preferenze/"' in html
