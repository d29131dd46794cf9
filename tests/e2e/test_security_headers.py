"""Headers on what the production server sends itself (WhiteNoise answers static files)."""

import urllib.request


def test_static_files_and_pages_carry_permissions_policy_and_frame_ancestors(site):
    for path in ("/static/js/consent.js", "/", "/admin/login/"):
        with urllib.request.urlopen(site.url + path) as response:
            headers = response.headers
        assert "camera=()" in headers["Permissions-Policy"], path
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path
