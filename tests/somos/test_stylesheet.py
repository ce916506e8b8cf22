"""The site's stylesheet parses as written: a rule left open swallows every rule after it."""

import re
from pathlib import Path

from django.conf import settings


def test_every_rule_of_the_stylesheet_is_closed():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    depth = 0
    for brace in re.findall(r"[{}]", re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        depth += 1 if brace == "{" else -1
        assert depth >= 0

    assert depth == 0
