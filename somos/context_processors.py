"""What every page needs whatever it shows: its canonical address and its other languages."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language, get_language_info, override


def page_in_language(request, code):
    """The address of this page in another language, or None when it has none. As
    translate_url, from the match of this request instead of resolving its path again."""
    match = request.resolver_match
    if match is None or not match.url_name:
        return None
    with override(code):
        try:
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


def language_links(request):
    """Links to the current page in each language, or to its home page when it has no match."""
    current = get_language()
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = page_in_language(request, code) or path
        if url == path and code != current:
            with override(code):
                url = reverse("stories:home")
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                # Search engines want the alternates of a page as full addresses.
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
        )
    return links


def site(request):
    return {
        "canonical_url": request.build_absolute_uri(request.path),
        "language_links": language_links(request),
    }
