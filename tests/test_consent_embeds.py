import pytest

from articles.sanitize import clean_html
from consent import embeds

YT_SRC = "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
YT_PLACEHOLDER = (
    f'<figure class="embed" data-embed-provider="youtube" data-embed-src="{YT_SRC}">'
    '<a href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">'
    "https://www.youtube.com/watch?v=aqz-KE-bpKQ</a></figure>"
)


@pytest.mark.parametrize(
    "pasted",
    [
        '<iframe width="560" src="https://www.youtube.com/embed/aqz-KE-bpKQ?si=abc" allowfullscreen></iframe>',
        '<iframe src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"></iframe>',
        '<p><a href="https://youtu.be/aqz-KE-bpKQ">https://youtu.be/aqz-KE-bpKQ</a></p>',
        "<p>https://www.youtube.com/watch?v=aqz-KE-bpKQ</p>",
        "<p>https://www.youtube.com/shorts/aqz-KE-bpKQ</p>",
    ],
)
def test_youtube_iframes_and_lone_links_become_the_safe_placeholder(pasted):
    assert clean_html(pasted) == YT_PLACEHOLDER


def test_x_instagram_facebook_and_tiktok_embed_codes_become_placeholders_without_scripts():
    pasted = (
        '<blockquote class="twitter-tweet"><p>Testo</p>&mdash; FIAT '
        '<a href="https://twitter.com/FIAT/status/1234567890?ref_src=twsrc">1 maggio</a>'
        '</blockquote><script async src="https://platform.twitter.com/widgets.js"></script>'
        '<blockquote class="instagram-media" data-instgrm-permalink='
        '"https://www.instagram.com/p/C1a2b3c4/?utm_source=ig_embed"></blockquote>'
        '<script async src="//www.instagram.com/embed.js"></script>'
        '<iframe src="https://www.facebook.com/plugins/video.php?href='
        'https%3A%2F%2Fwww.facebook.com%2Ffiat%2Fvideos%2F123456%2F&show_text=0"></iframe>'
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@fiat/video/7301234567890"'
        ' data-video-id="7301234567890"><section><a target="_blank" title="@fiat" '
        'href="https://www.tiktok.com/@fiat?refer=embed">@fiat</a></section></blockquote>'
        '<script async src="https://www.tiktok.com/embed.js"></script>'
    )
    cleaned = clean_html(pasted)
    assert 'data-embed-src="https://platform.twitter.com/embed/Tweet.html?id=1234567890"' in cleaned
    assert 'href="https://x.com/FIAT/status/1234567890"' in cleaned
    assert 'data-embed-src="https://www.instagram.com/p/C1a2b3c4/embed/"' in cleaned
    assert (
        'data-embed-src="https://www.facebook.com/plugins/video.php?href='
        'https%3A%2F%2Fwww.facebook.com%2Ffiat%2Fvideos%2F123456%2F"' in cleaned
    )
    assert 'data-embed-src="https://www.tiktok.com/embed/v2/7301234567890"' in cleaned
    assert 'href="https://www.tiktok.com/@fiat/video/7301234567890"' in cleaned
    assert "<script" not in cleaned and "<iframe" not in cleaned and "widgets.js" not in cleaned
    assert "embed.js" not in cleaned and "refer=embed" not in cleaned


def test_iframes_from_any_other_host_are_still_stripped():
    cleaned = clean_html(
        '<p>Prima</p><iframe src="https://evil.example/embed/aqz-KE-bpKQ"></iframe>'
        '<iframe src="https://www.youtube.com.evil.example/embed/aqz-KE-bpKQ"></iframe>'
    )
    assert cleaned == "<p>Prima</p>"


def test_a_handwritten_placeholder_cannot_smuggle_another_host():
    cleaned = clean_html(
        '<figure class="embed other" data-embed-provider="youtube" '
        'data-embed-src="https://evil.example/x" onclick="x()"><a href="https://e.example">x</a></figure>'
    )
    assert "evil.example" not in cleaned and "onclick" not in cleaned
    html = embeds.render(cleaned, allowed=True, action="/cookie/scelta/", next_url="/")
    assert "<iframe" not in html


def test_a_link_with_words_of_its_own_stays_an_editorial_link():
    html = '<p><a href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">guarda il video</a></p>'
    assert clean_html(html) == html


def test_placeholder_renders_click_to_load_until_third_party_content_is_allowed():
    with_placeholder = embeds.render(
        "<p>a</p>" + YT_PLACEHOLDER, allowed=False, action="/cookie/scelta/", next_url="/x/"
    )
    assert "<iframe" not in with_placeholder
    assert 'value="click_to_load"' in with_placeholder and 'value="/x/"' in with_placeholder
    assert "YouTube" in with_placeholder
    assert 'href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"' in with_placeholder
    loaded = embeds.render(YT_PLACEHOLDER, allowed=True, action="/cookie/scelta/", next_url="/")
    assert f'<iframe src="{YT_SRC}"' in loaded and 'loading="lazy"' in loaded
    assert 'class="embed__placeholder" hidden' in loaded


def test_share_and_ordinary_links_need_no_consent():
    body = '<p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Condividi</a></p>'
    assert embeds.render(clean_html(body), allowed=False, action="/", next_url="/") == body
