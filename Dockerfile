# newsnorm: gunicorn serving the Flask app, as a non-root user.
#
#   docker build -t newsnorm .
#   docker run --rm -p 8000:8000 newsnorm
#
# BASE_IMAGE is any Debian-like image with python3 (3.11+) and its venv module. Where no
# registry is reachable, build on a local base:
#   podman build --isolation chroot --build-arg BASE_IMAGE=localhost/newsnorm-base:bookworm .
ARG BASE_IMAGE=python:3.12-slim

# -- build: a wheel of the project, installed into a venv ----------------------
FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
# The core is compiled by mypyc (x1.5 on the golden pages, less on long ones: python -m bench --compiled) with a C
# compiler that stays in this stage. Where none can be installed (no package mirror), the
# image carries the same core as pure Python.
# hadolint ignore=DL3008,DL3009
RUN if command -v apt-get >/dev/null; then \
        headers=$(python3 -c 'import os, sysconfig; print("" if os.path.exists(sysconfig.get_paths()["include"] + "/Python.h") else "python3-dev")'); \
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev ${headers:+"$headers"} >/dev/null; } \
            || echo "build: no C compiler to be had; the core stays pure Python"; \
    fi
COPY pyproject.toml README.md openapi.yaml ./
COPY schemas ./schemas
COPY service ./service
RUN python3 -m venv /opt/venv \
    && compile=0 \
    && if command -v cc >/dev/null && python3 -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(sysconfig.get_paths()["include"] + "/Python.h"))'; then compile=1; fi \
    && HATCH_BUILD_HOOK_ENABLE_MYPYC=$compile /opt/venv/bin/pip wheel --no-deps --wheel-dir /tmp/dist . \
    && /opt/venv/bin/pip install /tmp/dist/*.whl \
    && /opt/venv/bin/pip uninstall --yes pip \
    && find /opt/venv -name '__pycache__' -prune -exec rm -rf {} +

# -- runtime: the venv and nothing else -----------------------------------------
FROM ${BASE_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    NEWSNORM_BIND=0.0.0.0:8000
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin newsnorm
COPY --from=build /opt/venv /opt/venv
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
# Exec form: gunicorn is PID 1 and gets SIGTERM directly, for a graceful stop.
CMD ["gunicorn", "--config", "python:service.gunicorn_conf", "service:create_app()"]
