"""Links that share a page on the networks visitors use, each opening in the network itself."""

from urllib.parse import quote


def share_links(url, text):
    """WhatsApp, Facebook, X and Telegram links that share `url` with `text`."""
    url_q, text_q = quote(url, safe=""), quote(text, safe="")
    return [
        {"name": "WhatsApp", "url": whatsapp_link(url, text)},
        {"name": "Facebook", "url": f"https://www.facebook.com/sharer/sharer.php?u={url_q}"},
        {"name": "X", "url": f"https://x.com/intent/post?text={text_q}&url={url_q}"},
        {"name": "Telegram", "url": f"https://t.me/share/url?url={url_q}&text={text_q}"},
    ]


def whatsapp_link(url, text):
    """A wa.me link that opens WhatsApp with `text` and `url`; nothing is sent until a chat is
    chosen there."""
    return f"https://wa.me/?text={quote(text, safe='')}%20{quote(url, safe='')}"
