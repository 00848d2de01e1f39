# One image for every process type: web (gunicorn), worker and beat (Celery), and the
# one-shot migrate step. docker-compose.yml shows how they fit together.
FROM python:3.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app

# The runtime dependencies only, at the versions CI tested. requirements.lock also pins the
# development tools and pip cannot check hashes for a subset of it, so its pins are used as
# constraints for the dependencies pyproject.toml declares.
COPY pyproject.toml requirements.lock README.md ./
RUN sed -e '/^ *--hash/d' -e '/^ *#/d' -e 's/ *\\$//' requirements.lock > /tmp/constraints.txt \
    && pip install --constraint /tmp/constraints.txt . \
    && rm /tmp/constraints.txt

COPY . .

# Static files are part of the image (whitenoise serves them with hashed names), so every
# web host has the same manifest and no shared volume is needed. The key only lets
# settings load; it is never used.
RUN SECRET_KEY=collectstatic-only-not-a-secret python manage.py collectstatic --noinput -v 0 \
    && useradd --create-home --uid 10001 ccn \
    && mkdir -p var \
    && chown -R ccn var

USER ccn
EXPOSE 8000
CMD ["gunicorn", "ccn.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
