"""The health check a load balancer polls: the database and the cache answer, or 503."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@require_safe
@never_cache
def healthz(request):
    """Say "ok" or "unavailable", and nothing more to the public; the reason goes to the log."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        probe = f"healthz:{uuid.uuid4().hex}"
        cache.set(probe, "1", timeout=10)
        if cache.get(probe) != "1":
            raise RuntimeError("the cache did not return what was stored")
        cache.delete(probe)
    except Exception:
        logger.exception("Health check failed")
        return HttpResponse("unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
