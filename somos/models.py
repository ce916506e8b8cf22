from django.db import models


class PageVersion(models.Model):
    """The version of what a group of cached pages shows; a page made from an older one is
    never served. Kept in the database, so that a change and its new version commit together,
    whatever happens to the cache."""

    key = models.CharField(max_length=80, primary_key=True)
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.version}"
