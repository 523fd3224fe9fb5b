# The portal's image: one image for the app instances, the worker, the scheduler and the
# release step (compose.yaml runs each with its own command, as the Procfile names them).
# No development dependencies, no demo content, not run as root, static files collected
# at build time. Not built or run in this repository's CI (no Docker daemon there).
FROM python:3.12-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    PATH=/app/.venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media \
    BIND=0.0.0.0:8000

WORKDIR /app
# The font of the PDFs made on the server (certificates), with Arabic and Persian letters.
RUN apt-get update -qq \
    && apt-get install -y -qq --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "uv==0.13.9"

# Dependencies first, so that a change to the code alone reuses this layer.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --extra object-storage --no-install-project

COPY . .
# collectstatic needs settings but no service: placeholders that never reach a process.
RUN SECRET_KEY=build ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    REDIS_URL=redis://build:6379/0 DEFAULT_FROM_EMAIL=build@localhost \
    WAGTAILADMIN_BASE_URL=https://build \
    python manage.py collectstatic --noinput --verbosity 0

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin portal \
    && mkdir -p /app/media && chown portal /app/media
USER portal

EXPOSE 8000
# Liveness only: a stopped worker or search cluster is /healthz/'s business, not a
# reason to restart the app.
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz/live/', timeout=2)"]
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "portal.wsgi"]
