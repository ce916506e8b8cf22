"""Links to share a story, and video embeds that load nothing until the visitor asks."""

from urllib.parse import parse_qs, quote, urlsplit

from django.utils.translation import gettext_lazy as _


def share_links(url, text):
    """Share links of the networks visitors use, each opening in the network itself."""
    url_q, text_q = quote(url, safe=""), quote(text, safe="")
    return [
        {"name": "WhatsApp", "url": f"https://wa.me/?text={text_q}%20{url_q}"},
        {"name": "Facebook", "url": f"https://www.facebook.com/sharer/sharer.php?u={url_q}"},
        {"name": "X", "url": f"https://x.com/intent/post?text={text_q}&url={url_q}"},
        {"name": "Telegram", "url": f"https://t.me/share/url?url={url_q}&text={text_q}"},
    ]


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
