"""Video embeds that load nothing until the visitor asks."""

from urllib.parse import parse_qs, urlsplit

from django.utils.translation import gettext_lazy as _


def video_embed(video_url):
    """The provider, the privacy-enhanced embed address and the watch link of a video."""
    if not video_url:
        return None
    parts = urlsplit(video_url)
    if parts.hostname == "www.youtube.com":
        video_id = parse_qs(parts.query).get("v", [""])[0]
        return {
            "provider": "YouTube",
            "embed": f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1",
            "watch": video_url,
            "label": _("Play the video from YouTube"),
        }
    if parts.hostname == "vimeo.com":
        video_id = parts.path.strip("/")
        return {
            "provider": "Vimeo",
            "embed": f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1",
            "watch": video_url,
            "label": _("Play the video from Vimeo"),
        }
    return None
