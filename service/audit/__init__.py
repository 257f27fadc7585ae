"""The provincial board's annual audit: a whole year checked against all earlier years.

``runner`` checks the year's submissions as a resumable job, ``analysis`` turns the stored
results into the report's parts, ``report_*`` write them (XLSX, HTML, CSV, JSON), ``worker``
runs API-started jobs in the service process.
"""
