"""Prometheus metrics of the service, in one registry of their own.

A dedicated registry (not the library's global one) keeps test processes that build many apps
from registering the same metric twice, and keeps /metrics free of unrelated process noise.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

HTTP_REQUESTS = Counter(
    "sangkien_http_requests_total", "HTTP requests by route template, method and status.",
    ["route", "method", "status"], registry=REGISTRY,
)
HTTP_LATENCY = Histogram(
    "sangkien_http_request_duration_seconds", "HTTP request latency by route template and method.",
    ["route", "method"], registry=REGISTRY,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)
CHECK_LATENCY = Histogram(
    "sangkien_check_duration_seconds", "Time to check one submission against the index.",
    registry=REGISTRY, buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64),
)
CHECKS = Counter("sangkien_checks_total", "Checks run, by verdict.", ["verdict"], registry=REGISTRY)
INDEX_SIZE = Gauge("sangkien_index_initiatives", "Initiatives in the loaded index.", registry=REGISTRY)
INDEX_VECTORS = Gauge("sangkien_index_vectors", "Passage vectors in the loaded index.", registry=REGISTRY)
