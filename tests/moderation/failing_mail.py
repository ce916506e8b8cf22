"""A mail backend whose server always refuses, with the address in its error, as SMTP does."""

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        recipients = ", ".join(r for m in messages for r in m.recipients())
        raise ConnectionRefusedError(f"mail server refused the message to {recipients}")
