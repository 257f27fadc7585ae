"""The REST API (/api/v1): thin routes over the service layer."""

API_PREFIX = "/api/v1"
