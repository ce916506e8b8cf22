from django.db import models
from django.utils.translation import gettext_lazy as _

from stories.models import Story


class ScreeningFinding(models.Model):
    """Something the screening found in a story, by kind and position; never the text itself."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("phone number")
        EMAIL = "email", _("e-mail address")
        ID_NUMBER = "id_number", _("identity number")
        LINK = "link", _("link")
        INSULT = "insult", _("insult or slur")

    class Field(models.TextChoices):
        TITLE = "title", _("title")
        BODY = "body", _("story")

    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="findings"
    )
    field = models.CharField(_("field"), max_length=5, choices=Field.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    found_at = models.DateTimeField(_("found"), auto_now_add=True)

    class Meta:
        verbose_name = _("screening finding")
        verbose_name_plural = _("screening findings")
        ordering = ["story", "field", "start"]
        indexes = [models.Index(fields=["kind", "story"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.field} {self.start}–{self.end})"
